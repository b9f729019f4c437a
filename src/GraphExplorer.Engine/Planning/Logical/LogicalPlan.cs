using GraphExplorer.Engine.Execution.Operators;
using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Planning.Logical;

/// <summary>
/// A node of the logical plan: what to compute, as immutable records the planner builds clause by
/// clause; <see cref="PhysicalPlanner"/> turns each into the operator that computes it.
/// </summary>
internal abstract record LogicalPlan;

/// <summary>The leaf of every plan: the argument row (empty for a whole statement, the outer row for a subquery).</summary>
internal sealed record Argument : LogicalPlan;

/// <summary>Binds a new node variable: every node, a label's nodes, or an index seek on a property value.</summary>
internal sealed record NodeScan(LogicalPlan Source, string Variable, ScanKind Kind, EntityFilter Filter, NodeSeek? Seek = null) : LogicalPlan;

/// <summary>Keeps rows whose bound node matches labels and properties.</summary>
internal sealed record CheckBoundNode(LogicalPlan Source, string Variable, EntityFilter Filter) : LogicalPlan;

/// <summary>Follows one relationship.</summary>
internal sealed record Expand(LogicalPlan Source, Hop Hop) : LogicalPlan;

/// <summary>Follows <c>min..max</c> relationships.</summary>
internal sealed record VarLengthExpand(LogicalPlan Source, Hop Hop, long Min, long? Max, bool ReverseList) : LogicalPlan;

/// <summary>One or all shortest paths between two bound nodes.</summary>
internal sealed record ShortestPath(LogicalPlan Source, Hop Hop, long Min, long? Max, bool All, string? PathVariable) : LogicalPlan;

/// <summary>Binds a path variable from a matched pattern part.</summary>
internal sealed record ProjectPath(LogicalPlan Source, string PathVariable, string Start, IReadOnlyList<PathStep> Steps) : LogicalPlan;

/// <summary>Keeps rows for which a predicate is true.</summary>
internal sealed record Selection(LogicalPlan Source, Expression Predicate) : LogicalPlan;

/// <summary>Binds projected expressions, keeping the input variables or not.</summary>
internal sealed record Projection(LogicalPlan Source, IReadOnlyList<(string Name, Expression Expression)> Items, bool KeepInput) : LogicalPlan;

/// <summary>Keeps only the named columns.</summary>
internal sealed record SelectColumns(LogicalPlan Source, IReadOnlyList<string> Columns) : LogicalPlan;

/// <summary>Groups and aggregates.</summary>
internal sealed record Aggregation(
    LogicalPlan Source,
    IReadOnlyList<(string Name, Expression Expression)> Grouping,
    IReadOnlyList<(string Name, Expression Expression)> Aggregates,
    IReadOnlyList<Expression> Calls) : LogicalPlan;

/// <summary>Drops rows equivalent to earlier ones in the given columns.</summary>
internal sealed record Distinct(LogicalPlan Source, IReadOnlyList<string> Columns) : LogicalPlan;

/// <summary>Orders rows.</summary>
internal sealed record Sort(LogicalPlan Source, IReadOnlyList<SortItem> Items) : LogicalPlan;

/// <summary>SKIP and/or LIMIT.</summary>
internal sealed record SkipLimit(LogicalPlan Source, Expression? Skip, Expression? Limit) : LogicalPlan;

/// <summary>One row per list element.</summary>
internal sealed record Unwind(LogicalPlan Source, Expression List, string Variable) : LogicalPlan;

/// <summary>Runs <paramref name="Inner"/> per input row (OPTIONAL MATCH, CALL subqueries).</summary>
internal sealed record Apply(LogicalPlan Source, LogicalPlan Inner, bool Optional, IReadOnlyList<string> InnerVariables, bool Unit = false) : LogicalPlan;

/// <summary>UNION / UNION ALL of the parts.</summary>
internal sealed record Union(IReadOnlyList<LogicalPlan> Parts, bool Distinct, IReadOnlyList<string> Columns) : LogicalPlan;

/// <summary>CREATE.</summary>
internal sealed record Create(LogicalPlan Source, IReadOnlyList<PatternPart> Parts) : LogicalPlan;

/// <summary>MERGE, matching with <paramref name="Match"/>.</summary>
internal sealed record Merge(LogicalPlan Source, LogicalPlan Match, PatternPart Part, IReadOnlyList<SetItem> OnCreate, IReadOnlyList<SetItem> OnMatch) : LogicalPlan;

/// <summary>SET.</summary>
internal sealed record SetItems(LogicalPlan Source, IReadOnlyList<SetItem> Items) : LogicalPlan;

/// <summary>REMOVE.</summary>
internal sealed record RemoveItems(LogicalPlan Source, IReadOnlyList<RemoveItem> Items) : LogicalPlan;

/// <summary>[DETACH] DELETE.</summary>
internal sealed record Delete(LogicalPlan Source, IReadOnlyList<Expression> Targets, bool Detach) : LogicalPlan;

/// <summary>FOREACH.</summary>
internal sealed record Foreach(LogicalPlan Source, LogicalPlan Body, string Variable, Expression List) : LogicalPlan;

/// <summary>A procedure call, checked against the registry.</summary>
internal sealed record ProcedureCall(LogicalPlan Source, ResolvedProcedureCall Call) : LogicalPlan;

/// <summary>The listing of SHOW CONSTRAINTS / SHOW INDEXES with the yielded columns.</summary>
internal sealed record ShowSchema(ShowKind Kind, IReadOnlyList<(string Column, string Variable)> Columns) : LogicalPlan;

/// <summary>
/// Binds a new node variable from a property index, in key order when <paramref name="Order"/> asks for one:
/// every node of the index's label (those without the property as nulls, last ascending) or, with a range,
/// the indexed nodes whose key may satisfy it.
/// </summary>
internal sealed record NodeIndexScan(LogicalPlan Source, string Variable, EntityFilter Filter, string Property, RangeSeek? Range, IndexOrder Order) : LogicalPlan;

/// <summary>ORDER BY with LIMIT (and SKIP): the first skip + limit rows of a stable sort, from a bounded heap.</summary>
internal sealed record Top(LogicalPlan Source, IReadOnlyList<SortItem> Items, Expression? Skip, Expression Limit) : LogicalPlan;

/// <summary>ORDER BY whose first <paramref name="Provided"/> items the input is already ordered by: sorts each run of equal prefixes.</summary>
internal sealed record PartialSort(LogicalPlan Source, int Provided, IReadOnlyList<SortItem> Items, Expression? Skip, Expression? Limit) : LogicalPlan;
