using GraphExplorer.Engine.Execution.Operators;
using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Planning.Logical;

/// <summary>An aggregation that only counted a whole-graph pattern, answered from the counts store (<see cref="CountRewrites"/>).</summary>
internal sealed record CountFromStore(
    LogicalPlan Source, StoreCount Count, IReadOnlyList<(string Name, Expression Expression)> Items, IReadOnlyList<Expression> Calls) : LogicalPlan;

/// <summary>Binds the degree of a bound node per row instead of expanding it (<see cref="CountRewrites"/>).</summary>
internal sealed record GetDegree(LogicalPlan Source, DegreeQuery Degree, string Variable) : LogicalPlan;

/// <summary>An expression's one-hop expansion whose rows may be counted from the degree (<see cref="CountRewrites"/>).</summary>
internal sealed record DegreeCountedExpand(Expand Expand, DegreeQuery Degree) : LogicalPlan;
