using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Storage.Indexes;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>The order in which an index scan produces its nodes.</summary>
internal enum IndexOrder
{
    None,
    Ascending,
    Descending,
}

/// <summary>
/// The bounds of a range seek as expressions (evaluated per argument row): <c>n.p &gt; lower</c>,
/// <c>n.p &lt;= upper</c>, <c>n.p STARTS WITH prefix</c>; any may be absent, not all.
/// </summary>
internal sealed record RangeSeek(Expression? Lower, bool LowerInclusive, Expression? Upper, bool UpperInclusive, Expression? Prefix)
{
    /// <summary>The seek as plan text, e.g. <c>id &gt; $after</c>.</summary>
    public string Describe(string property)
    {
        var parts = new List<string>();
        if (Lower is not null)
        {
            parts.Add($"{property} {(LowerInclusive ? ">=" : ">")} {Text(Lower)}");
        }

        if (Upper is not null)
        {
            parts.Add($"{property} {(UpperInclusive ? "<=" : "<")} {Text(Upper)}");
        }

        if (Prefix is not null)
        {
            parts.Add($"{property} STARTS WITH {Text(Prefix)}");
        }

        return string.Join(" AND ", parts);
    }

    private static string Text(Expression expression) => expression switch
    {
        ParameterExpression parameter => "$" + parameter.Name,
        LiteralExpression literal => Errors.EngineErrors.Format(literal.Value),
        _ => "…",
    };
}

/// <summary>
/// Binds a new node variable from a property index (<c>NodeIndexScan</c>, or <c>NodeIndexSeekByRange</c> with a
/// range), in the index's key order (ascending or descending, node id breaking ties as a stable sort would), then
/// filters by labels and properties. The range only narrows the candidates: the predicate stays in the plan.
/// </summary>
internal sealed class NodeIndexScanOperator : Operator, IProvidesOrder
{
    private readonly Operator _source;
    private readonly string _variable;
    private readonly EntityFilter _filter;
    private readonly string _property;
    private readonly RangeSeek? _range;
    private readonly IndexOrder _order;

    public NodeIndexScanOperator(Operator source, string variable, EntityFilter filter, string property, RangeSeek? range, IndexOrder order)
        : base(source)
    {
        _source = source;
        _variable = variable;
        _filter = filter;
        _property = property;
        _range = range;
        _order = order;
    }

    /// <inheritdoc />
    public override string Name => _range is null ? "NodeIndexScan" : "NodeIndexSeekByRange";

    /// <inheritdoc />
    public override string Details =>
        $"RANGE INDEX {_variable}{_filter.Describe()}({_property})" + (_range is null ? string.Empty : " WHERE " + _range.Describe(_property));

    /// <inheritdoc />
    public string? ProvidedOrder => _order == IndexOrder.None ? null : $"{_variable}.{_property} {(_order == IndexOrder.Descending ? "DESC" : "ASC")}";

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var label = _filter.LabelsOrTypes[0];
        var index = context.Store.FindPropertyIndex(label, _property);
        KeyValuePair<string, object?>[]? buffer = null;
        foreach (var row in _source.Execute(context, argument))
        {
            var properties = _filter.PropertiesFor(context, row, ref buffer);
            var candidates = Candidates(context, index, label, row);

            // A statement that writes later could change the index under a lazy walk: it walks a copy.
            foreach (var node in context.ReadOnly ? candidates : [.. candidates])
            {
                context.Tick();
                if (!node.IsDeleted && EntityFilter.NodeMatches(node, _filter.LabelsOrTypes, properties))
                {
                    yield return row.With(_variable, node);
                }
            }
        }
    }

    private IEnumerable<StoredNode> Candidates(ExecutionContext context, PropertyIndex? index, string label, Row row)
    {
        var descending = _order == IndexOrder.Descending;
        if (index is null)
        {
            // The plan outlived its index (dropped earlier in the same transaction): sort the label instead.
            var nodes = context.Store.NodesWithLabel(label);
            var keyed = nodes.Where(n => n.GetProperty(_property) is not null || _range is null);
            return descending
                ? keyed.OrderByDescending(n => n.GetProperty(_property), Values.CypherComparison.Ordering)
                : keyed.OrderBy(n => n.GetProperty(_property), Values.CypherComparison.Ordering);
        }

        if (_range is not null)
        {
            return Range(context, row) is { } range ? index.Ordered(range, descending) : [];
        }

        var all = index.Ordered(null, descending);
        if (index.EntryCount == context.Store.NodesWithLabel(label).Count)
        {
            return all;
        }

        // Nodes without the property sort as nulls: after every key ascending, before them descending.
        var missing = context.Store.NodesWithLabel(label).Where(n => index.KeyOf(n) is null);
        return descending ? missing.Concat(all) : all.Concat(missing);
    }

    /// <summary>The range for this row, or null when a bound is null or of no comparable type (the predicate is then never true).</summary>
    private IndexRange? Range(ExecutionContext context, Row row)
    {
        var lower = _range!.Lower is null ? null : context.Evaluator.Evaluate(_range.Lower, row);
        var upper = _range.Upper is null ? null : context.Evaluator.Evaluate(_range.Upper, row);
        var prefix = _range.Prefix is null ? null : context.Evaluator.Evaluate(_range.Prefix, row);
        if ((_range.Lower is not null && lower is null) || (_range.Upper is not null && upper is null)
            || (_range.Prefix is not null && prefix is not string))
        {
            return null;
        }

        return new IndexRange(lower, _range.LowerInclusive, upper, _range.UpperInclusive, (string?)prefix);
    }
}
