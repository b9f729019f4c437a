using GraphExplorer.Engine.Execution.Operators;
using GraphExplorer.Engine.Planning.Logical;

namespace GraphExplorer.Engine.Planning;

/// <summary>Turns a logical plan into the tree of operators that computes it. Thread-safe (stateless).</summary>
internal static class PhysicalPlanner
{
    /// <summary>The operator tree for <paramref name="plan"/>.</summary>
    public static Operator Build(LogicalPlan plan) => plan switch
    {
        Argument => new ArgumentOperator(),
        NodeScan p => new NodeScanOperator(Build(p.Source), p.Variable, p.Kind, p.Filter, p.Seek),
        CheckBoundNode p => new BoundNodeFilterOperator(Build(p.Source), p.Variable, p.Filter),
        Expand p => new ExpandOperator(Build(p.Source), p.Hop),
        VarLengthExpand p => new VarLengthExpandOperator(Build(p.Source), p.Hop, p.Min, p.Max, p.ReverseList),
        ShortestPath p => new ShortestPathOperator(Build(p.Source), p.Hop, p.Min, p.Max, p.All, p.PathVariable),
        ProjectPath p => new ProjectPathOperator(Build(p.Source), p.PathVariable, p.Start, p.Steps),
        Selection p => new FilterOperator(Build(p.Source), p.Predicate),
        Projection p => new ProjectionOperator(Build(p.Source), p.Items, p.KeepInput),
        SelectColumns p => new SelectOperator(Build(p.Source), p.Columns),
        Aggregation p => new AggregationOperator(Build(p.Source), p.Grouping, p.Aggregates, p.Calls),
        Distinct p => new DistinctOperator(Build(p.Source), p.Columns),
        Sort p => new SortOperator(Build(p.Source), p.Items),
        Top p => new TopOperator(Build(p.Source), p.Items, p.Skip, p.Limit),
        PartialSort p => new PartialSortOperator(Build(p.Source), p.Provided, p.Items, p.Skip, p.Limit),
        NodeIndexScan p => new NodeIndexScanOperator(Build(p.Source), p.Variable, p.Filter, p.Property, p.Range, p.Order),
        SkipLimit p => new SkipLimitOperator(Build(p.Source), p.Skip, p.Limit),
        Unwind p => new UnwindOperator(Build(p.Source), p.List, p.Variable),
        Apply p => new ApplyOperator(Build(p.Source), Build(p.Inner), p.Optional, p.InnerVariables, p.Unit),
        Union p => new UnionOperator([.. p.Parts.Select(Build)], p.Distinct, p.Columns),
        Create p => new CreateOperator(Build(p.Source), p.Parts),
        Merge p => new MergeOperator(Build(p.Source), Build(p.Match), p.Part, p.OnCreate, p.OnMatch),
        SetItems p => new SetOperator(Build(p.Source), p.Items),
        RemoveItems p => new RemoveOperator(Build(p.Source), p.Items),
        Delete p => new DeleteOperator(Build(p.Source), p.Targets, p.Detach),
        Foreach p => new ForeachOperator(Build(p.Source), Build(p.Body), p.Variable, p.List),
        ProcedureCall p => new ProcedureCallOperator(Build(p.Source), p.Call),
        ShowSchema p => new ShowSchemaOperator(p.Kind, p.Columns),
        CountFromStore p => new CountStoreOperator(Build(p.Source), p.Count, p.Items, p.Calls),
        GetDegree p => new GetDegreeOperator(Build(p.Source), p.Degree, p.Variable),
        DegreeCountedExpand p => new DegreeCountedExpandOperator(Build(p.Expand.Source), Build(p.Expand), p.Degree),
        _ => throw new InvalidOperationException($"No operator computes {plan.GetType().Name}."),
    };
}
