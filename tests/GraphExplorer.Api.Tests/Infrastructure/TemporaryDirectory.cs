namespace GraphExplorer.Api.Tests.Infrastructure;

/// <summary>Removal of a test host's temporary data folder.</summary>
internal static class TemporaryDirectory
{
    /// <summary>
    /// Deletes <paramref name="path"/>, retrying a few times: right after a host stops, a file of its data
    /// folder can still be appearing ("Directory not empty", seen once in CI in a class fixture's cleanup).
    /// Cleanup of a temporary folder is hygiene, not something under test, so a folder that still will not
    /// go is left to the OS's temp cleaning rather than failing the run.
    /// </summary>
    public static void DeleteQuietly(string path)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(100 * attempt);
            }
            catch (IOException)
            {
                return;
            }
        }
    }
}
