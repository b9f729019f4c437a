using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Storage;

/// <summary>An exclusive lock file in the data directory: a second process (or a second open) gets a clear error.</summary>
internal sealed class DataDirectoryLock : IDisposable
{
    /// <summary>The lock file's name.</summary>
    public const string FileName = "graph.lock";

    private readonly FileStream _stream;

    private DataDirectoryLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>Takes the lock, creating the directory when needed.</summary>
    /// <exception cref="CypherException">The directory is in use by another database instance.</exception>
    public static DataDirectoryLock Acquire(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var writer = new StreamWriter(stream, leaveOpen: true))
            {
                writer.Write(Environment.ProcessId);
            }

            stream.Flush(flushToDisk: true);
            return new DataDirectoryLock(stream);
        }
        catch (IOException ex)
        {
            throw new CypherException(
                StatusCodes.DatabaseUnavailable,
                $"The data directory '{directory}' is in use by another GraphExplorer process (lock file '{path}'). Stop that process or choose another DataDirectory.",
                ErrorPhase.Runtime,
                innerException: ex);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
