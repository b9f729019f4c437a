using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Parsing;

/// <summary>The front door of the front end: Cypher text → syntax tree. Thread-safe (no shared state).</summary>
internal static class CypherParser
{
    /// <summary>Parses one statement (with an optional <c>EXPLAIN</c>/<c>PROFILE</c> prefix and trailing <c>;</c>).</summary>
    /// <exception cref="CypherException">SyntaxError, with the position of the offending input.</exception>
    public static ParsedStatement Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = new SourceText(text);
        try
        {
            return new StatementParser(source, CypherLexer.Tokenize(source)).ParseStatement();
        }
        catch (Exception ex) when (ex is not CypherException and not OutOfMemoryException)
        {
            // A parser bug must still surface as a syntax error, never as another exception type.
            throw new CypherException(StatusCodes.SyntaxError, $"Invalid input: {ex.Message}", ErrorPhase.Compile, SyntaxErrors.UnexpectedSyntax, source.PositionOf(0), ex);
        }
    }
}
