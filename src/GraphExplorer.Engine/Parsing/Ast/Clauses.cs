namespace GraphExplorer.Engine.Parsing.Ast;

/// <summary>A clause of a single query.</summary>
internal abstract record Clause : AstNode;

/// <summary><c>[OPTIONAL] MATCH pattern [WHERE predicate]</c>.</summary>
internal sealed record MatchClause(bool Optional, Pattern Pattern, Expression? Where) : Clause;

/// <summary><c>CREATE pattern</c>.</summary>
internal sealed record CreateClause(Pattern Pattern) : Clause;

/// <summary><c>MERGE part [ON CREATE SET …] [ON MATCH SET …]</c> (several <c>ON</c> parts are concatenated in order).</summary>
internal sealed record MergeClause(PatternPart Part, IReadOnlyList<SetItem> OnCreate, IReadOnlyList<SetItem> OnMatch) : Clause;

/// <summary><c>SET item, …</c>.</summary>
internal sealed record SetClause(IReadOnlyList<SetItem> Items) : Clause;

/// <summary><c>REMOVE item, …</c>.</summary>
internal sealed record RemoveClause(IReadOnlyList<RemoveItem> Items) : Clause;

/// <summary><c>[DETACH] DELETE expression, …</c>.</summary>
internal sealed record DeleteClause(bool Detach, IReadOnlyList<Expression> Targets) : Clause;

/// <summary><c>UNWIND list AS variable</c>.</summary>
internal sealed record UnwindClause(Expression List, string Variable) : Clause;

/// <summary><c>WITH projection [WHERE predicate]</c>.</summary>
internal sealed record WithClause(ProjectionBody Body, Expression? Where) : Clause;

/// <summary><c>RETURN projection</c>.</summary>
internal sealed record ReturnClause(ProjectionBody Body) : Clause;

/// <summary><c>FOREACH (variable IN list | update clauses)</c>.</summary>
internal sealed record ForeachClause(string Variable, Expression List, IReadOnlyList<Clause> Updates) : Clause;

/// <summary>
/// <c>CALL { query }</c> or Neo4j 5.23's <c>CALL (a, b) { query }</c> / <c>CALL (*) { … }</c>.
/// </summary>
/// <param name="ImportedVariables">Variables in the scope clause, or <c>null</c> when none was written (old form: import by a leading <c>WITH</c>).</param>
/// <param name="ImportAll"><c>CALL (*)</c>.</param>
/// <param name="InTransactions"><c>IN TRANSACTIONS [OF n ROWS]</c> was written.</param>
internal sealed record CallSubqueryClause(
    QueryStatement Query,
    IReadOnlyList<string>? ImportedVariables,
    bool ImportAll,
    bool Optional,
    bool InTransactions,
    Expression? BatchSize) : Clause;

/// <summary><c>CALL ns.name(args) [YIELD a [AS b], … [WHERE …]]</c>.</summary>
/// <param name="Arguments"><c>null</c> for the implicit-argument form <c>CALL ns.name</c> (arguments taken from parameters).</param>
/// <param name="Yield">Yield items; empty with <paramref name="YieldAll"/> false means no YIELD was written.</param>
internal sealed record CallProcedureClause(
    string Name,
    IReadOnlyList<Expression>? Arguments,
    IReadOnlyList<YieldItem> Yield,
    bool YieldAll,
    Expression? Where) : Clause;

/// <summary>One <c>YIELD</c> item: a procedure output field, optionally renamed.</summary>
internal sealed record YieldItem(string Field, string? Alias) : AstNode
{
    public string Variable => Alias ?? Field;
}

/// <summary>The body shared by <c>WITH</c> and <c>RETURN</c>.</summary>
/// <param name="IncludeExisting"><c>*</c> was written: all variables in scope are projected, then the items.</param>
internal sealed record ProjectionBody(
    bool Distinct,
    bool IncludeExisting,
    IReadOnlyList<ProjectionItem> Items,
    IReadOnlyList<SortItem> OrderBy,
    Expression? Skip,
    Expression? Limit) : AstNode;

/// <summary>A projected expression and its column name.</summary>
/// <param name="Alias">The <c>AS</c> name, when given.</param>
/// <param name="Text">The expression as written (trimmed); Neo4j names an unaliased column by it.</param>
internal sealed record ProjectionItem(Expression Expression, string? Alias, string Text) : AstNode
{
    /// <summary>The column name: the alias, or the expression text.</summary>
    public string Name => Alias ?? Text;
}

/// <summary>An <c>ORDER BY</c> item.</summary>
internal sealed record SortItem(Expression Expression, bool Descending) : AstNode;

/// <summary>An item of <c>SET</c> (or of <c>ON CREATE</c>/<c>ON MATCH</c>).</summary>
internal abstract record SetItem : AstNode;

/// <summary><c>target.key = value</c>; the target is any expression yielding a node, relationship (or map in error cases).</summary>
internal sealed record SetPropertyItem(PropertyExpression Property, Expression Value) : SetItem;

/// <summary><c>n = map</c> (replace all properties) or <c>n += map</c> (merge).</summary>
internal sealed record SetPropertiesItem(string Variable, Expression Value, bool Merge) : SetItem;

/// <summary><c>n:A:B</c>.</summary>
internal sealed record SetLabelsItem(string Variable, IReadOnlyList<string> Labels) : SetItem;

/// <summary>An item of <c>REMOVE</c>.</summary>
internal abstract record RemoveItem : AstNode;

/// <summary><c>REMOVE n.key</c>.</summary>
internal sealed record RemovePropertyItem(PropertyExpression Property) : RemoveItem;

/// <summary><c>REMOVE n:A:B</c>.</summary>
internal sealed record RemoveLabelsItem(string Variable, IReadOnlyList<string> Labels) : RemoveItem;
