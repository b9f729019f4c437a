namespace GraphExplorer.Engine.Functions.Aggregators;

/// <summary><c>count(x)</c>: the number of non-null values.</summary>
internal sealed class CountAggregator : IAggregator
{
    private long _count;

    public void Add(object? value)
    {
        if (value is not null)
        {
            _count++;
        }
    }

    public object? Result() => _count;
}
