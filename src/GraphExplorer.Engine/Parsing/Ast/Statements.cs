namespace GraphExplorer.Engine.Parsing.Ast;

/// <summary>How a statement is to be run: normally, or only planned (<c>EXPLAIN</c>), or run with operator counts (<c>PROFILE</c>).</summary>
internal enum ExecutionMode
{
    Normal,
    Explain,
    Profile,
}

/// <summary>A whole parsed statement: its body and the prefix it came with.</summary>
internal sealed record ParsedStatement(ExecutionMode Mode, Statement Body, string Text);

/// <summary>A statement: a query or a schema command.</summary>
internal abstract record Statement : AstNode;

/// <summary>A query: one or more single queries joined by <c>UNION</c> / <c>UNION ALL</c>.</summary>
/// <param name="Parts">At least one part.</param>
/// <param name="UnionAll">For each join, in order, whether it was <c>UNION ALL</c>; <c>Parts.Count - 1</c> entries.</param>
internal sealed record QueryStatement(IReadOnlyList<SingleQuery> Parts, IReadOnlyList<bool> UnionAll) : Statement;

/// <summary>A sequence of clauses, e.g. <c>MATCH … WITH … RETURN …</c>.</summary>
internal sealed record SingleQuery(IReadOnlyList<Clause> Clauses) : AstNode;
