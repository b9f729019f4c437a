namespace GraphExplorer.Core.SavedQueries;

/// <summary>Limits on running a saved script.</summary>
public sealed record SavedQueryOptions
{
    /// <summary>How long the script may run before it fails with <c>TransactionTimedOut</c>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>At most this many rows are returned; the result says when more were cut.</summary>
    public int MaxRows { get; init; } = 1000;
}
