using GraphExplorer.Engine.Execution.Operators;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Planning.Logical;

namespace GraphExplorer.Engine.Planning;

/// <summary>Ordered index scans, range seeks, Top and PartialSort (decision 0080).</summary>
internal sealed partial class QueryPlanner
{
    /// <summary>
    /// The operator for ORDER BY (then SKIP/LIMIT): none when a node scan under the projection can walk an index on
    /// the first sort key in order (a partial sort for the other keys), else Top with a LIMIT, else Sort.
    /// </summary>
    private LogicalPlan OrderRows(LogicalPlan plan, IReadOnlyList<SortItem> orderBy, Expression? skip, Expression? limit)
    {
        if (ProvideOrder(plan, orderBy[0], limit is not null) is { } ordered)
        {
            return orderBy.Count == 1 ? ordered : new PartialSort(ordered, 1, orderBy, skip, limit);
        }

        if (limit is null)
        {
            return new Sort(plan, orderBy);
        }

        return TopBelowProjection(plan, orderBy, skip, limit) ?? new Top(plan, orderBy, skip, limit);
    }

    /// <summary>
    /// Top under the projection when every sort key can be read from the projection's input (decision 0082): the
    /// keys are computed for each input row and only the kept rows are projected, as Neo4j plans it. Null when a key
    /// reads a column that is not a plain copy of an input expression, or one whose value could differ if computed
    /// twice (<c>rand()</c>). DISTINCT and aggregation change the rows, so they never reach here as a projection.
    /// </summary>
    private static LogicalPlan? TopBelowProjection(LogicalPlan plan, IReadOnlyList<SortItem> orderBy, Expression? skip, Expression limit)
    {
        if (plan is not Projection { KeepInput: true } projection)
        {
            return null;
        }

        var keys = new List<SortItem>(orderBy.Count);
        foreach (var item in orderBy)
        {
            if (InputKey(item.Expression, projection.Items) is not { } key)
            {
                return null;
            }

            keys.Add(item with { Expression = key });
        }

        return projection with { Source = new Top(projection.Source, keys, skip, limit) };
    }

    /// <summary>A sort key as an expression over the projection's input, or null when it cannot be one.</summary>
    private static Expression? InputKey(Expression key, IReadOnlyList<(string Name, Expression Expression)> items)
    {
        if (key is VariableExpression column && items.Any(i => i.Name == column.Name))
        {
            var projected = items.First(i => i.Name == column.Name).Expression;
            return Repeatable(projected) ? projected : null;
        }

        // Any other key must not read a column that shadows or renames something (an unchanged variable is the same either side).
        var renamed = items.Where(i => i.Expression is not VariableExpression same || same.Name != i.Name).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        return ExpressionWalker.Variables(key).Any(v => renamed.Contains(v) || (v == "*" && renamed.Count > 0)) ? null : key;
    }

    /// <summary>Whether computing an expression twice for a row gives the same value (no random functions).</summary>
    private static bool Repeatable(Expression expression) =>
        !ExpressionWalker.DescendantsAndSelf(expression).OfType<FunctionCallExpression>()
            .Any(call => call.Name.Equals("rand", StringComparison.OrdinalIgnoreCase) || call.Name.Equals("randomUUID", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The plan with its leaf node scan replaced by an index scan in the order of <paramref name="first"/>, when the
    /// plan is a projection of selections over a scan of a label with an index on the sorted property; else null.
    /// </summary>
    private LogicalPlan? ProvideOrder(LogicalPlan plan, SortItem first, bool limited)
    {
        if (plan is not Projection { KeepInput: true } projection)
        {
            return null;
        }

        var selections = new List<Expression>();
        var below = projection.Source;
        while (below is Selection selection)
        {
            selections.Add(selection.Predicate);
            below = selection.Source;
        }

        var (variable, filter, current) = below switch
        {
            NodeScan { Source: Argument, Kind: ScanKind.Label } scan => (scan.Variable, scan.Filter, (NodeIndexScan?)null),
            NodeIndexScan { Source: Argument } scan => (scan.Variable, scan.Filter, scan),
            _ => (null, null, null),
        };
        if (variable is null || SortedProperty(first.Expression, projection.Items, variable) is not { } property)
        {
            return null;
        }

        // A range seek on another property keeps its place unless a LIMIT makes the ordered walk stop early.
        if (current is not null && current.Property != property && !limited)
        {
            return null;
        }

        var label = filter!.LabelsOrTypes.FirstOrDefault(l => _store.FindPropertyIndex(l, property) is not null);
        if (label is null)
        {
            return null;
        }

        var range = selections.Select(s => RangeOf(s, variable, property, value => !ExpressionWalker.Variables(value).Any(v => v == variable || v == "*")))
            .FirstOrDefault(r => r is not null);
        LogicalPlan rebuilt = new NodeIndexScan(
            new Argument(),
            variable,
            filter with { LabelsOrTypes = [label, .. filter.LabelsOrTypes.Where(l => l != label)] },
            property,
            range,
            first.Descending ? IndexOrder.Descending : IndexOrder.Ascending);
        for (var i = selections.Count - 1; i >= 0; i--)
        {
            rebuilt = new Selection(rebuilt, selections[i]);
        }

        return projection with { Source = rebuilt };
    }

    /// <summary>The property of <paramref name="variable"/> a sort key reads (directly or through a projected column), if it is one.</summary>
    private static string? SortedProperty(Expression key, IReadOnlyList<(string Name, Expression Expression)> items, string variable)
    {
        if (key is VariableExpression column && items.FirstOrDefault(i => i.Name == column.Name) is { Expression: PropertyExpression projected })
        {
            key = projected;
        }

        // The variable must still be the scanned node after the projection (not a column that shadows it).
        return key is PropertyExpression { Target: VariableExpression target } property && target.Name == variable
            && items.All(i => i.Name != variable || i.Expression is VariableExpression { Name: var same } && same == variable)
            ? property.Key
            : null;
    }

    /// <summary>A range seek for a labelled node from its MATCH's WHERE, on the first property with an index that the WHERE bounds.</summary>
    private (string Label, string Property, RangeSeek Range)? FindRange(NodePattern node, HashSet<string> bound, Expression? where)
    {
        if (where is null)
        {
            return null;
        }

        foreach (var property in BoundProperties(where, node.Variable!))
        {
            var label = node.Labels.FirstOrDefault(l => _store.FindPropertyIndex(l, property) is not null);
            if (label is not null
                && RangeOf(where, node.Variable!, property, value => ExpressionWalker.Variables(value).All(bound.Contains)) is { } range)
            {
                return (label, property, range);
            }
        }

        return null;
    }

    /// <summary>The properties of <paramref name="variable"/> that a predicate compares, in order of appearance.</summary>
    private static IEnumerable<string> BoundProperties(Expression predicate, string variable) =>
        ExpressionWalker.DescendantsAndSelf(predicate)
            .OfType<PropertyExpression>()
            .Where(p => p.Target is VariableExpression target && target.Name == variable)
            .Select(p => p.Key)
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The range of <c>variable.property</c> a predicate implies (a superset of the values it accepts), or null:
    /// comparisons with a usable value, <c>STARTS WITH</c>, AND (either side's bounds) and OR (bounds both sides share,
    /// so <c>n.p &gt; $p OR (n.p = $p AND n.id &gt; $id)</c> gives <c>n.p &gt;= $p</c>).
    /// </summary>
    private static RangeSeek? RangeOf(Expression predicate, string variable, string property, Func<Expression, bool> usable)
    {
        switch (predicate)
        {
            case BinaryExpression { Operator: BinaryOperator.And } and:
                return Intersect(RangeOf(and.Left, variable, property, usable), RangeOf(and.Right, variable, property, usable));
            case BinaryExpression { Operator: BinaryOperator.Or } or:
                return Union(RangeOf(or.Left, variable, property, usable), RangeOf(or.Right, variable, property, usable));
            case BinaryExpression { Operator: BinaryOperator.StartsWith } startsWith
                when IsProperty(startsWith.Left, variable, property) && usable(startsWith.Right):
                return new RangeSeek(null, false, null, false, startsWith.Right);
            case BinaryExpression comparison when IsProperty(comparison.Left, variable, property) && usable(comparison.Right):
                return Compared(comparison.Operator, comparison.Right);
            case BinaryExpression comparison when IsProperty(comparison.Right, variable, property) && usable(comparison.Left):
                return Compared(Flip(comparison.Operator), comparison.Left);
            default:
                return null;
        }
    }

    private static bool IsProperty(Expression expression, string variable, string property) =>
        expression is PropertyExpression { Target: VariableExpression target } p && target.Name == variable && p.Key == property;

    /// <summary>The range of <c>n.p op value</c>.</summary>
    private static RangeSeek? Compared(BinaryOperator op, Expression value) => op switch
    {
        BinaryOperator.GreaterThan => new RangeSeek(value, false, null, false, null),
        BinaryOperator.GreaterThanOrEqual => new RangeSeek(value, true, null, false, null),
        BinaryOperator.LessThan => new RangeSeek(null, false, value, false, null),
        BinaryOperator.LessThanOrEqual => new RangeSeek(null, false, value, true, null),
        BinaryOperator.Equal => new RangeSeek(value, true, value, true, null),
        _ => null,
    };

    /// <summary><c>value op n.p</c> as <c>n.p op' value</c>.</summary>
    private static BinaryOperator Flip(BinaryOperator op) => op switch
    {
        BinaryOperator.GreaterThan => BinaryOperator.LessThan,
        BinaryOperator.GreaterThanOrEqual => BinaryOperator.LessThanOrEqual,
        BinaryOperator.LessThan => BinaryOperator.GreaterThan,
        BinaryOperator.LessThanOrEqual => BinaryOperator.GreaterThanOrEqual,
        _ => op,
    };

    /// <summary>Both ranges hold: each bound from either side (the predicate itself checks the other).</summary>
    private static RangeSeek? Intersect(RangeSeek? a, RangeSeek? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        return new RangeSeek(
            a.Lower ?? b.Lower,
            a.Lower is not null ? a.LowerInclusive : b.LowerInclusive,
            a.Upper ?? b.Upper,
            a.Upper is not null ? a.UpperInclusive : b.UpperInclusive,
            a.Prefix ?? b.Prefix);
    }

    /// <summary>Either range holds: only the bounds both sides share (the looser inclusiveness).</summary>
    private static RangeSeek? Union(RangeSeek? a, RangeSeek? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        var lower = a.Lower is not null && ExpressionWalker.SameTree(a.Lower, b.Lower);
        var upper = a.Upper is not null && ExpressionWalker.SameTree(a.Upper, b.Upper);
        var prefix = a.Prefix is not null && ExpressionWalker.SameTree(a.Prefix, b.Prefix);
        if (!lower && !upper && !prefix)
        {
            return null;
        }

        return new RangeSeek(
            lower ? a.Lower : null,
            lower && (a.LowerInclusive || b.LowerInclusive),
            upper ? a.Upper : null,
            upper && (a.UpperInclusive || b.UpperInclusive),
            prefix ? a.Prefix : null);
    }
}
