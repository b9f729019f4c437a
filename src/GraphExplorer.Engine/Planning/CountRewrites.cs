using GraphExplorer.Engine.Execution.Operators;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Planning.Logical;

namespace GraphExplorer.Engine.Planning;

/// <summary>
/// Rewrites of a finished logical plan that answer counts from the counts store (decision 0087), applied where
/// the planner hands a plan to <see cref="PhysicalPlanner"/>. Each rewrite fires only where the answer is the
/// plain plan's by construction; any other shape is left as planned:
/// <list type="bullet">
/// <item>an aggregation without grouping keys whose calls all count rows (<c>count(*)</c>, <c>count(v)</c> of a
/// pattern variable) over a label or all-nodes scan, or over one bare hop from such a scan with at most one
/// labelled end → <c>NodeCountFromCountStore</c> / <c>RelationshipCountFromCountStore</c>;</item>
/// <item>the same over one bare hop from any input (<c>MATCH (m {id: $id})&lt;-[:T]-(o) RETURN m.x, count(o)</c>)
/// → <c>GetDegree</c> per input row and <c>sum</c>;</item>
/// <item>an expression's one bare hop (<c>COUNT { (n)-[:T]->() }</c>, <c>size([(n)-[:T]->() | 1])</c>) → counted from the degree.</item>
/// </list>
/// A hop is bare when its far node is new, without labels or properties, its relationship new, without
/// properties, and no earlier relationship of the same MATCH constrains it (uniqueness). Thread-safe (stateless).
/// </summary>
internal static class CountRewrites
{
    private static long _degrees;

    /// <summary>The plan with every count the store can answer rewritten.</summary>
    public static LogicalPlan Rewrite(LogicalPlan plan) => plan switch
    {
        Aggregation p => RewriteAggregation(p) ?? p with { Source = Rewrite(p.Source) },
        SelectColumns p => p with { Source = Rewrite(p.Source) },
        Projection p => p with { Source = Rewrite(p.Source) },
        Selection p => p with { Source = Rewrite(p.Source) },
        Distinct p => p with { Source = Rewrite(p.Source) },
        Sort p => p with { Source = Rewrite(p.Source) },
        SkipLimit p => p with { Source = Rewrite(p.Source) },
        Unwind p => p with { Source = Rewrite(p.Source) },
        Apply p => p with { Source = Rewrite(p.Source), Inner = Rewrite(p.Inner) },
        Union p => p with { Parts = [.. p.Parts.Select(Rewrite)] },
        _ => plan,
    };

    /// <summary>The plan of an expression's pattern or subquery: a bare hop becomes countable from the degree.</summary>
    public static LogicalPlan RewriteSubquery(LogicalPlan plan) =>
        plan is Expand { Hop: var hop } expand && IsBare(hop, allowFarLabel: false)
            ? new DegreeCountedExpand(expand, Degree(hop))
            : Rewrite(plan);

    private static LogicalPlan? RewriteAggregation(Aggregation aggregation)
    {
        if (aggregation.Calls.Count == 0)
        {
            return null;
        }

        if (aggregation.Grouping.Count == 0 && StoreCountOf(aggregation.Source, out var argument, out var variables) is { } count
            && aggregation.Calls.All(c => CountsRows(c, variables)))
        {
            return new CountFromStore(argument, count, aggregation.Aggregates, aggregation.Calls);
        }

        return DegreeAggregation(aggregation);
    }

    /// <summary>
    /// <c>MATCH (n:L)</c>, <c>MATCH (n)</c>, or one bare hop from them with at most one label on its two ends,
    /// read from the argument alone; null for any other shape.
    /// </summary>
    private static StoreCount? StoreCountOf(LogicalPlan source, out LogicalPlan argument, out HashSet<string> variables)
    {
        argument = source;
        variables = [];
        switch (source)
        {
            case NodeScan scan when ScanLabel(scan, out var label):
                argument = scan.Source;
                variables.Add(scan.Variable);
                return new NodeStoreCount(label);
            case Expand { Source: NodeScan scan, Hop: var hop } when ScanLabel(scan, out var label) && hop.From == scan.Variable
                && IsBare(hop, allowFarLabel: true) && hop.ToFilter.LabelsOrTypes.Count <= (label is null ? 1 : 0):
                argument = scan.Source;
                variables.UnionWith([scan.Variable, hop.Relationship, hop.To]);
                var far = hop.ToFilter.LabelsOrTypes.Count == 1 ? hop.ToFilter.LabelsOrTypes[0] : null;
                var types = hop.RelationshipFilter.LabelsOrTypes;
                return hop.Direction switch
                {
                    RelationshipDirection.Outgoing => new RelationshipStoreCount(label, types, far, false),
                    RelationshipDirection.Incoming => new RelationshipStoreCount(far, types, label, false),
                    _ => new RelationshipStoreCount(label ?? far, types, null, true),
                };
            default:
                return null;
        }
    }

    /// <summary>Whether the scan reads every node or one label's nodes from the argument, unfiltered; the label (null for all).</summary>
    private static bool ScanLabel(NodeScan scan, out string? label)
    {
        var labels = scan.Filter.LabelsOrTypes;
        label = labels.Count == 1 ? labels[0] : null;
        return scan.Source is Argument && scan.Seek is null && scan.Filter.Properties is null
            && ((scan.Kind == ScanKind.AllNodes && labels.Count == 0) || (scan.Kind == ScanKind.Label && labels.Count == 1));
    }

    /// <summary>An aggregation whose calls all count the rows of one bare hop: the hop's degree per input row, summed.</summary>
    private static Aggregation? DegreeAggregation(Aggregation aggregation)
    {
        if (aggregation.Source is not Expand { Hop: var hop } expand || !IsBare(hop, allowFarLabel: false)
            || !aggregation.Calls.All(c => CountsRows(c, [hop.From, hop.Relationship, hop.To]))
            || !aggregation.Aggregates.All(a => aggregation.Calls.Any(c => ReferenceEquals(c, a.Expression)))
            || aggregation.Grouping.SelectMany(g => ExpressionWalker.Variables(g.Expression)).Any(v => v is "*" || v == hop.Relationship || v == hop.To))
        {
            return null;
        }

        var variable = $"{QueryPlanner.AnonymousPrefix}degree{Interlocked.Increment(ref _degrees)}";
        LogicalPlan source = new GetDegree(expand.Source, Degree(hop), variable);
        if (aggregation.Grouping.Count > 0)
        {
            // A group exists only where the expansion gave a row: a node of degree 0 makes none.
            source = new Selection(source, new BinaryExpression(BinaryOperator.GreaterThan, new VariableExpression(variable), new LiteralExpression(0L)));
        }

        var items = aggregation.Aggregates
            .Select(a => (a.Name, (Expression)new FunctionCallExpression("sum", false, [new VariableExpression(variable)])))
            .ToList();
        return new Aggregation(source, aggregation.Grouping, items, [.. items.Select(i => i.Item2)]);
    }

    private static DegreeQuery Degree(Hop hop) => new(hop.From, hop.RelationshipFilter.LabelsOrTypes, hop.Direction);

    private static bool IsBare(Hop hop, bool allowFarLabel) =>
        !hop.ToIsBound && !hop.RelationshipIsBound && hop.EarlierRelationships.Count == 0 && hop.From != hop.To
        && hop.RelationshipFilter.Properties is null && hop.ToFilter.Properties is null
        && (allowFarLabel || hop.ToFilter.LabelsOrTypes.Count == 0);

    /// <summary>Whether the call counts rows: <c>count(*)</c>, or <c>count(v)</c> of a variable never null in them.</summary>
    private static bool CountsRows(Expression call, IReadOnlyCollection<string> nonNull) => call switch
    {
        CountStarExpression => true,
        FunctionCallExpression { Distinct: false, Arguments: [VariableExpression argument] } function =>
            function.Name.Equals("count", StringComparison.OrdinalIgnoreCase) && nonNull.Contains(argument.Name),
        _ => false,
    };
}
