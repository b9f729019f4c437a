namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// A file of the data directory is damaged in a way recovery must not repair by itself (a bad record
/// in the middle of the write-ahead log, a snapshot failing its checksum). Start-up stops and nothing is
/// overwritten, so the files can be inspected or restored from a backup.
/// </summary>
public sealed class StoreCorruptedException : IOException
{
    /// <summary>Creates the error for a damaged <paramref name="filePath"/> at byte <paramref name="offset"/>.</summary>
    public StoreCorruptedException(string filePath, long offset, string reason)
        : base($"The data file '{filePath}' is corrupted at byte offset {offset}: {reason}. Start-up stopped and nothing was overwritten; restore the data directory from a backup or move the damaged file away.")
    {
        FilePath = filePath;
        Offset = offset;
    }

    /// <summary>The damaged file.</summary>
    public string FilePath { get; }

    /// <summary>Where in the file the damage was found.</summary>
    public long Offset { get; }
}
