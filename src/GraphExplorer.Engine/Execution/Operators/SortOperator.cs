using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>Sorts all rows by the ORDER BY items, in Cypher's total order (stable).</summary>
internal sealed class SortOperator : Operator, IProvidesOrder
{
    private readonly Operator _source;
    private readonly IReadOnlyList<SortItem> _items;

    public SortOperator(Operator source, IReadOnlyList<SortItem> items)
        : base(source)
    {
        _source = source;
        _items = items;
    }

    /// <inheritdoc />
    public override string Name => "Sort";

    /// <inheritdoc />
    public string? ProvidedOrder => RowOrdering.Describe(_items);

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var keyed = new List<(object?[] Keys, Row Row)>();
        foreach (var row in _source.Execute(context, argument))
        {
            context.Tick();
            var keys = new object?[_items.Count];
            RowOrdering.Evaluate(context, _items, 0, row, keys);
            keyed.Add((keys, row));
        }

        var ordered = keyed.OrderBy(k => k.Keys, Comparer<object?[]>.Create((a, b) => RowOrdering.Compare(_items, 0, a, b)));
        foreach (var (_, row) in ordered)
        {
            yield return row;
        }
    }
}
