using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Functions.Aggregators;

/// <summary>Feeds each distinct non-null value (by Cypher equivalence) to the wrapped aggregator once.</summary>
internal sealed class DistinctAggregator(IAggregator inner) : IAggregator
{
    private readonly HashSet<object?> _seen = new(CypherEquality.Equivalence);

    public void Add(object? value)
    {
        if (value is not null && _seen.Add(value))
        {
            inner.Add(value);
        }
    }

    public object? Result() => inner.Result();
}
