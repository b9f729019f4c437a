using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>
/// <c>NodeCountFromCountStore</c> / <c>RelationshipCountFromCountStore</c>: answers an aggregation that only counts
/// the rows of a whole-graph pattern from the counts store, one row per argument row, as the aggregation would
/// (its items are evaluated with every count call bound to the count).
/// </summary>
internal sealed class CountStoreOperator : Operator
{
    private readonly Operator _source;
    private readonly StoreCount _count;
    private readonly IReadOnlyList<(string Name, Expression Expression)> _items;
    private readonly IReadOnlyList<Expression> _calls;

    public CountStoreOperator(Operator source, StoreCount count, IReadOnlyList<(string Name, Expression Expression)> items, IReadOnlyList<Expression> calls)
        : base(source)
    {
        _source = source;
        _count = count;
        _items = items;
        _calls = calls;
    }

    /// <inheritdoc />
    public override string Name => _count.OperatorName;

    /// <inheritdoc />
    public override string Details => string.Join(", ", _items.Select(i => $"count( {_count.Describe()} ) AS {i.Name}"));

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in _source.Execute(context, argument))
        {
            object count = _count.Count(context.Store);
            var results = new Dictionary<Expression, object?>(ReferenceEqualityComparer.Instance);
            foreach (var call in _calls)
            {
                results[call] = count;
            }

            var values = new List<KeyValuePair<string, object?>>(_items.Count);
            var scope = row;
            foreach (var (name, expression) in _items)
            {
                var value = context.Evaluator.Evaluate(expression, scope, results);
                values.Add(new(name, value));
                scope = scope.With(name, value);
            }

            yield return Row.Of(values);
        }
    }
}
