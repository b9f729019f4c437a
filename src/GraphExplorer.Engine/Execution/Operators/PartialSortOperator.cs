using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>
/// ORDER BY over input already ordered by its first items (an ordered index scan): sorts each run of rows with
/// equal leading keys by the remaining items (stable), and with a LIMIT stops reading once SKIP + LIMIT rows are
/// out. Neo4j's <c>PartialSort</c> / <c>PartialTop</c>.
/// </summary>
internal sealed class PartialSortOperator : Operator, IProvidesOrder
{
    private readonly Operator _source;
    private readonly int _provided;
    private readonly IReadOnlyList<SortItem> _items;
    private readonly Expression? _skip;
    private readonly Expression? _limit;

    public PartialSortOperator(Operator source, int provided, IReadOnlyList<SortItem> items, Expression? skip, Expression? limit)
        : base(source)
    {
        _source = source;
        _provided = provided;
        _items = items;
        _skip = skip;
        _limit = limit;
    }

    /// <inheritdoc />
    public override string Name => _limit is null ? "PartialSort" : "PartialTop";

    /// <inheritdoc />
    public override string Details => $"{RowOrdering.Describe(_items)} (input ordered by {RowOrdering.Describe(_items.Take(_provided).ToList())})";

    /// <inheritdoc />
    public string? ProvidedOrder => RowOrdering.Describe(_items);

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        // Updates below must all happen: then every row is read, whatever the LIMIT.
        var keep = _limit is null || _source.UpdatesAnywhere() ? long.MaxValue : TopOperator.Keep(context, argument, _skip, _limit);
        if (keep == 0)
        {
            yield break;
        }

        var comparer = Comparer<object?[]>.Create((a, b) => RowOrdering.Compare(_items, _provided, a, b));
        var run = new List<(object?[] Keys, Row Row)>();
        object?[]? runPrefix = null;
        long produced = 0;
        foreach (var row in _source.Execute(context, argument))
        {
            context.Tick();
            var keys = new object?[_items.Count];
            RowOrdering.Evaluate(context, _items, 0, row, keys);
            if (runPrefix is not null && !SamePrefix(runPrefix, keys))
            {
                foreach (var (_, sorted) in run.OrderBy(r => r.Keys[_provided..], comparer))
                {
                    produced++;
                    yield return sorted;
                }

                run.Clear();
                if (produced >= keep)
                {
                    yield break;
                }
            }

            run.Add((keys, row));
            runPrefix = keys;
        }

        foreach (var (_, sorted) in run.OrderBy(r => r.Keys[_provided..], comparer))
        {
            yield return sorted;
        }
    }

    private bool SamePrefix(object?[] a, object?[] b)
    {
        for (var i = 0; i < _provided; i++)
        {
            if (CypherComparison.Order(a[i], b[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
