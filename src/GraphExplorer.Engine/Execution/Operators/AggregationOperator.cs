using GraphExplorer.Engine.Execution.Expressions;
using GraphExplorer.Engine.Functions;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>
/// Groups rows by the grouping items (with value equivalence: 1 and 1.0 are one group) and computes
/// the aggregate items per group; without grouping items an empty input still gives one row.
/// </summary>
internal sealed class AggregationOperator : Operator
{
    private readonly Operator _source;
    private readonly IReadOnlyList<(string Name, Expression Expression)> _groupingItems;
    private readonly IReadOnlyList<(string Name, Expression Expression)> _aggregateItems;
    private readonly IReadOnlyList<Expression> _calls;

    // What count(*) counts for each row: any non-null value; boxed once instead of boxing true per row.
    private static readonly object CountedRow = true;

    public AggregationOperator(
        Operator source,
        IReadOnlyList<(string Name, Expression Expression)> groupingItems,
        IReadOnlyList<(string Name, Expression Expression)> aggregateItems,
        IReadOnlyList<Expression> calls)
        : base(source)
    {
        _source = source;
        _groupingItems = groupingItems;
        _aggregateItems = aggregateItems;
        _calls = calls;
    }

    /// <inheritdoc />
    public override string Name => _groupingItems.Count == 0 ? "EagerAggregation" : "OrderedAggregation";

    /// <inheritdoc />
    public override string Details => string.Join(", ", _groupingItems.Concat(_aggregateItems).Select(i => i.Name));

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var groups = new Dictionary<object, Group>(new KeyComparer());
        var order = new List<Group>();
        Group? previous = null;
        foreach (var row in _source.Execute(context, argument))
        {
            context.Tick();
            Group? group;
            if (_groupingItems.Count == 0)
            {
                // Without grouping keys every row falls into one group: no key array, no hashing.
                if (order.Count == 0)
                {
                    order.Add(NewGroup(context, [], row));
                }

                group = order[0];
            }
            else
            {
                var keys = new object?[_groupingItems.Count];
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = context.Evaluator.Evaluate(_groupingItems[i].Expression, row);
                }

                // Consecutive rows often carry the very same key values (a list or map passed along from one
                // upstream row, say): hashing a large list for every row would make the aggregation quadratic.
                if (previous is not null && SameInstances(previous.Keys, keys))
                {
                    group = previous;
                }
                else if (!groups.TryGetValue(keys, out group))
                {
                    group = NewGroup(context, keys, row);
                    groups[keys] = group;
                    order.Add(group);
                }

                previous = group;
            }

            for (var i = 0; i < _calls.Count; i++)
            {
                if (_calls[i] is CountStarExpression)
                {
                    group.Aggregators[i].Add(CountedRow);
                }
                else
                {
                    var call = (FunctionCallExpression)_calls[i];
                    group.Aggregators[i].Add(call.Arguments.Count == 0 ? null : context.Evaluator.Evaluate(call.Arguments[0], row));
                }
            }
        }

        if (order.Count == 0 && _groupingItems.Count == 0)
        {
            order.Add(NewGroup(context, [], argument));
        }

        foreach (var group in order)
        {
            var results = new Dictionary<Expression, object?>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < _calls.Count; i++)
            {
                results[_calls[i]] = group.Aggregators[i].Result();
            }

            var values = new List<KeyValuePair<string, object?>>();
            for (var i = 0; i < _groupingItems.Count; i++)
            {
                values.Add(new(_groupingItems[i].Name, group.Keys[i]));
            }

            var scope = group.FirstRow.With(values);
            foreach (var (name, expression) in _aggregateItems)
            {
                var value = context.Evaluator.Evaluate(expression, scope, results);
                values.Add(new(name, value));
                scope = scope.With(name, value);
            }

            yield return Row.Of(values);
        }
    }

    // A group with fresh aggregators. Its own method: a lambda over the loop's row in the loop body made the
    // compiler allocate a closure for every input row, not only for the rows that start a group.
    private Group NewGroup(ExecutionContext context, object?[] keys, Row row) =>
        new(keys, row, [.. _calls.Select(c => CreateAggregator(context, c, row))]);

    /// <summary>Whether every key is the same object as before (equivalence is reflexive, NaN included).</summary>
    private static bool SameInstances(object?[] previous, object?[] keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (!ReferenceEquals(previous[i], keys[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static IAggregator CreateAggregator(ExecutionContext context, Expression call, Row row)
    {
        if (call is CountStarExpression)
        {
            return FunctionLibrary.CreateAggregate("count", false, []);
        }

        var function = (FunctionCallExpression)call;
        var constants = function.Arguments.Skip(1).Select(a => context.Evaluator.Evaluate(a, row)).ToList();
        return FunctionLibrary.CreateAggregate(function.Name, function.Distinct, constants);
    }

    private sealed record Group(object?[] Keys, Row FirstRow, IAggregator[] Aggregators);

    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => CypherEquality.Equivalence.Equals(x, y);

        public int GetHashCode(object obj) => CypherEquality.Equivalence.GetHashCode(obj);
    }
}
