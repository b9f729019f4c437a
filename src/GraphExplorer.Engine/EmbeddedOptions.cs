using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine;

/// <summary>Settings of an embedded database.</summary>
public sealed record EmbeddedOptions
{
    /// <summary>Where the committed graph is kept (write-ahead log and snapshot); <c>null</c> keeps it in memory only.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>How long one statement may run before it fails with <c>TransactionTimedOut</c>; <c>null</c> for no limit.</summary>
    public TimeSpan? QueryTimeout { get; init; }

    /// <summary>When a commit reaches the disk: before it is acknowledged (<see cref="DurabilityMode.Full"/>, the default) or within <see cref="RelaxedFlushInterval"/>.</summary>
    public DurabilityMode Durability { get; init; } = DurabilityMode.Full;

    /// <summary>Under <see cref="DurabilityMode.Relaxed"/>, how often the log is flushed to disk.</summary>
    public TimeSpan RelaxedFlushInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>A commit that grows the write-ahead log past this many bytes writes a snapshot and empties the log.</summary>
    public long CheckpointLogBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>A commit made this long after the last snapshot writes a new one; <c>null</c> for no time-based checkpoints.</summary>
    public TimeSpan? CheckpointInterval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>A fault hook for the crash tests (null in production).</summary>
    internal IStorageFaults? Faults { get; init; }
}

/// <summary>When a committed transaction is made durable.</summary>
public enum DurabilityMode
{
    /// <summary>The commit record is flushed to disk (fsync) before the commit returns: an acknowledged commit survives a crash or power loss.</summary>
    Full,

    /// <summary>
    /// The commit record is written to the operating system before the commit returns and flushed to disk on a
    /// short interval: a process crash loses nothing, a power loss or OS crash may lose the commits of the last interval.
    /// </summary>
    Relaxed,
}
