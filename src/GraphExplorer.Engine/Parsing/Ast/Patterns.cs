namespace GraphExplorer.Engine.Parsing.Ast;

/// <summary>A comma-separated list of pattern parts, as in <c>MATCH (a)-->(b), (c)</c>.</summary>
internal sealed record Pattern(IReadOnlyList<PatternPart> Parts) : AstNode;

/// <summary>How a pattern part is matched.</summary>
internal enum PathSelector
{
    /// <summary>Every match.</summary>
    All,

    /// <summary><c>shortestPath(…)</c>.</summary>
    Shortest,

    /// <summary><c>allShortestPaths(…)</c>.</summary>
    AllShortest,
}

/// <summary>One pattern part, optionally bound to a path variable: <c>p = (a)-[r]->(b)</c>.</summary>
internal sealed record PatternPart(string? PathVariable, PatternElement Element, PathSelector Selector) : AstNode;

/// <summary>A chain: a node, then (relationship, node) steps.</summary>
internal sealed record PatternElement(NodePattern Start, IReadOnlyList<PatternStep> Steps) : AstNode;

/// <summary>One hop of a chain: the relationship and the node it leads to.</summary>
internal sealed record PatternStep(RelationshipPattern Relationship, NodePattern Node) : AstNode;

/// <summary><c>(variable:Label1:Label2 {properties} WHERE predicate)</c>; every part optional.</summary>
/// <param name="Labels">All must be present (<c>:A:B</c> or <c>:A&amp;B</c>).</param>
/// <param name="Properties">A map literal or a parameter.</param>
internal sealed record NodePattern(string? Variable, IReadOnlyList<string> Labels, Expression? Properties, Expression? Where) : AstNode;

/// <summary>Direction of a relationship pattern as written.</summary>
internal enum RelationshipDirection
{
    /// <summary><c>(a)-[]->(b)</c>.</summary>
    Outgoing,

    /// <summary><c>(a)&lt;-[]-(b)</c>.</summary>
    Incoming,

    /// <summary><c>(a)-[]-(b)</c> (or <c>&lt;-[]-&gt;</c>): either direction.</summary>
    Both,
}

/// <summary><c>-[variable:T1|T2 *min..max {properties} WHERE predicate]-&gt;</c>.</summary>
/// <param name="Types">Any of them matches; empty means any type.</param>
/// <param name="Length"><c>null</c> for a single hop; set for a variable-length relationship.</param>
internal sealed record RelationshipPattern(
    string? Variable,
    RelationshipDirection Direction,
    IReadOnlyList<string> Types,
    LengthRange? Length,
    Expression? Properties,
    Expression? Where) : AstNode;

/// <summary>Bounds of a variable-length relationship: <c>*</c> is (null, null), <c>*2</c> is (2, 2), <c>*1..</c> is (1, null).</summary>
internal sealed record LengthRange(long? Min, long? Max);
