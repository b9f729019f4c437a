namespace GraphExplorer.Engine;

/// <summary>Settings of an embedded database.</summary>
public sealed record EmbeddedOptions
{
    /// <summary>Where the committed graph is kept; <c>null</c> keeps it in memory only.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>How long one statement may run before it fails with <c>TransactionTimedOut</c>; <c>null</c> for no limit.</summary>
    public TimeSpan? QueryTimeout { get; init; }
}
