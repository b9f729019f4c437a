namespace GraphExplorer.Engine.Parsing.Ast;

/// <summary>The kind of a constraint (Neo4j 5 syntax <c>REQUIRE … IS UNIQUE</c>, <c>IS NOT NULL</c>, <c>IS NODE KEY</c>).</summary>
internal enum ConstraintKind
{
    Unique,
    NotNull,
    NodeKey,
}

/// <summary>The kind of an index (Neo4j 5: RANGE is the default).</summary>
internal enum IndexKind
{
    Range,
    Text,
    Point,
    Fulltext,
    Lookup,
}

/// <summary><c>CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (n:Label) REQUIRE n.p IS UNIQUE</c> (or on a relationship type).</summary>
internal sealed record CreateConstraintCommand(
    string? Name,
    bool IfNotExists,
    bool OnRelationship,
    string Variable,
    string LabelOrType,
    IReadOnlyList<string> Properties,
    ConstraintKind Kind) : Statement;

/// <summary><c>DROP CONSTRAINT name [IF EXISTS]</c>.</summary>
internal sealed record DropConstraintCommand(string Name, bool IfExists) : Statement;

/// <summary>
/// <c>CREATE [RANGE|TEXT|POINT|FULLTEXT] INDEX [name] [IF NOT EXISTS] FOR (n:L) ON (n.a, n.b)</c>,
/// fulltext: <c>FOR (n:A|B) ON EACH [n.a, n.b]</c>; lookup: <c>FOR (n) ON EACH labels(n)</c>.
/// </summary>
/// <param name="LabelsOrTypes">One label/type, or several for a fulltext index; empty for a lookup index.</param>
/// <param name="Options">The <c>OPTIONS {…}</c> map, when given.</param>
internal sealed record CreateIndexCommand(
    string? Name,
    bool IfNotExists,
    IndexKind Kind,
    bool OnRelationship,
    string Variable,
    IReadOnlyList<string> LabelsOrTypes,
    IReadOnlyList<string> Properties,
    Expression? Options) : Statement;

/// <summary><c>DROP INDEX name [IF EXISTS]</c>.</summary>
internal sealed record DropIndexCommand(string Name, bool IfExists) : Statement;

/// <summary>What a <c>SHOW</c> command lists.</summary>
internal enum ShowKind
{
    Constraints,
    Indexes,
}

/// <summary><c>SHOW [ALL|…] CONSTRAINTS|INDEXES [YIELD …] [WHERE …] [RETURN …]</c>; the trailing parts act like a query on the listing.</summary>
/// <param name="Yield">Yield items; empty means the default columns.</param>
/// <param name="Tail">Clauses after <c>YIELD</c> (<c>WHERE</c> as a <see cref="WithClause"/>, <c>RETURN</c>), possibly empty.</param>
internal sealed record ShowCommand(ShowKind Kind, IReadOnlyList<YieldItem> Yield, bool YieldAll, IReadOnlyList<Clause> Tail) : Statement;
