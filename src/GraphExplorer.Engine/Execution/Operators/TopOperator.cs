using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>
/// ORDER BY … LIMIT k (with SKIP s): the first s + k rows of the stable sort, kept in a bounded max-heap while
/// the input streams by (O(n log k) time, O(k) memory); ties keep input order. Neo4j's <c>Top</c>.
/// </summary>
internal sealed class TopOperator : Operator, IProvidesOrder
{
    private readonly Operator _source;
    private readonly IReadOnlyList<SortItem> _items;
    private readonly Expression? _skip;
    private readonly Expression _limit;

    public TopOperator(Operator source, IReadOnlyList<SortItem> items, Expression? skip, Expression limit)
        : base(source)
    {
        _source = source;
        _items = items;
        _skip = skip;
        _limit = limit;
    }

    /// <inheritdoc />
    public override string Name => "Top";

    /// <inheritdoc />
    public string? ProvidedOrder => RowOrdering.Describe(_items);

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var keep = Keep(context, argument, _skip, _limit);
        var rows = _source.Execute(context, argument);
        if (keep == 0)
        {
            // Updates below must all happen even when no row is kept.
            if (_source.UpdatesAnywhere())
            {
                foreach (var _ in rows)
                {
                }
            }

            yield break;
        }

        // A max-heap on (keys, arrival): its top is the row to drop when a smaller one comes.
        var heap = new PriorityQueue<Row, HeapKey>(Comparer<HeapKey>.Create((a, b) => Compare(b, a)));
        var scratch = new object?[_items.Count];
        long arrival = 0;
        foreach (var row in rows)
        {
            context.Tick();
            RowOrdering.Evaluate(context, _items, 0, row, scratch);
            var key = new HeapKey(scratch, arrival++);
            if (heap.Count < keep)
            {
                heap.Enqueue(row, key);
                scratch = new object?[_items.Count];
            }
            else if (heap.TryPeek(out _, out var largest) && Compare(key, largest) < 0)
            {
                heap.DequeueEnqueue(row, key);

                // The dropped row's key array is free again.
                scratch = largest.Keys;
            }
        }

        var ordered = new Row[heap.Count];
        for (var i = ordered.Length - 1; i >= 0; i--)
        {
            ordered[i] = heap.Dequeue();
        }

        foreach (var row in ordered)
        {
            yield return row;
        }
    }

    /// <summary>How many rows SKIP + LIMIT need (saturating).</summary>
    internal static long Keep(ExecutionContext context, Row argument, Expression? skip, Expression limit)
    {
        var skipped = skip is null ? 0 : SkipLimitOperator.Count(context, skip, argument);
        var limited = SkipLimitOperator.Count(context, limit, argument);
        return limited > long.MaxValue - skipped ? long.MaxValue : skipped + limited;
    }

    private int Compare(HeapKey a, HeapKey b)
    {
        var order = RowOrdering.Compare(_items, 0, a.Keys, b.Keys);
        return order != 0 ? order : a.Arrival.CompareTo(b.Arrival);
    }

    private readonly record struct HeapKey(object?[] Keys, long Arrival);
}
