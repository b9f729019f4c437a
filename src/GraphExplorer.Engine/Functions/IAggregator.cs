namespace GraphExplorer.Engine.Functions;

/// <summary>The running state of one aggregate function for one group. Not thread-safe: one per group.</summary>
internal interface IAggregator
{
    /// <summary>Feeds the value of the aggregated expression for one row (nulls are ignored).</summary>
    void Add(object? value);

    /// <summary>The aggregate over every value added so far.</summary>
    object? Result();
}
