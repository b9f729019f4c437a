namespace GraphExplorer.Engine.Functions.Aggregators;

/// <summary><c>collect(x)</c>: the non-null values as a list, in the order they came.</summary>
internal sealed class CollectAggregator : IAggregator
{
    private readonly List<object?> _items = [];

    public void Add(object? value)
    {
        if (value is not null)
        {
            _items.Add(value);
        }
    }

    public object? Result() => _items.ToList();
}
