using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>Sorts all rows by the ORDER BY items, in Cypher's total order (stable).</summary>
internal sealed class SortOperator : Operator
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
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var keyed = new List<(object?[] Keys, Row Row)>();
        foreach (var row in _source.Execute(context, argument))
        {
            context.Tick();
            keyed.Add((_items.Select(i => context.Evaluator.Evaluate(i.Expression, row)).ToArray(), row));
        }

        var ordered = keyed.OrderBy(k => k.Keys, Comparer<object?[]>.Create(Compare));
        foreach (var (_, row) in ordered)
        {
            yield return row;
        }
    }

    private int Compare(object?[] a, object?[] b)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            var order = CypherComparison.Ordering.Compare(a[i], b[i]);
            if (order != 0)
            {
                return _items[i].Descending ? -order : order;
            }
        }

        return 0;
    }
}
