using System.Runtime.InteropServices;

namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// Flushes a directory's entries to disk, so a rename inside it survives a power loss. .NET cannot open a
/// directory on Linux (<c>File.OpenHandle</c> and <c>FileStream</c> throw <see cref="UnauthorizedAccessException"/>),
/// so on Unix this calls libc <c>open(O_RDONLY)</c>, <c>fsync</c> and <c>close</c>; on Windows, where a
/// directory cannot be flushed and NTFS journals its metadata, it does nothing. Thread-safe.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    /// <summary>Flushes <paramref name="directory"/>'s entries to disk.</summary>
    /// <exception cref="IOException">The directory could not be opened or flushed.</exception>
    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open([.. System.Text.Encoding.UTF8.GetBytes(directory), 0], ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"Cannot open the directory '{directory}' to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"Cannot flush the directory '{directory}' to disk (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    // DllImport with blittable arguments: LibraryImport would need AllowUnsafeBlocks in the project.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
