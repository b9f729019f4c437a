using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Parsing.Ast;

/// <summary>Base of every syntax-tree node: where it starts in the statement text (for error messages).</summary>
internal abstract record AstNode
{
    public TextPosition Position { get; init; }
}
