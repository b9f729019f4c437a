using System.Reflection;

namespace GraphExplorer.Tck.Features;

/// <summary>Finds the repository root and the shared TCK folder (which stays outside the repository).</summary>
internal static class TckLocations
{
    /// <summary>Environment variable that points at the TCK folder (the one holding <c>features/</c> and <c>graphs/</c>).</summary>
    public const string TckDirectoryVariable = "GRAPHEXPLORER_TCK_DIR";

    private const string SolutionFile = "GraphExplorer.sln";

    /// <summary>
    /// The folder holding <c>GraphExplorer.sln</c>: found by walking up from the test binaries, else
    /// from the working directory, else the root recorded at build time (builds with <c>--artifacts-path</c>).
    /// </summary>
    public static string? RepositoryRoot()
    {
        var recorded = typeof(TckLocations).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        return WalkUp(AppContext.BaseDirectory)
            ?? WalkUp(Directory.GetCurrentDirectory())
            ?? (recorded is not null && File.Exists(Path.Combine(recorded, SolutionFile)) ? Path.GetFullPath(recorded) : null);
    }

    /// <summary>The TCK folder, or <c>null</c> when it cannot be found (the suite then reports itself skipped).</summary>
    public static string? TckDirectory()
    {
        var configured = Environment.GetEnvironmentVariable(TckDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(Path.Combine(configured, "features")) ? Path.GetFullPath(configured) : null;
        }

        var root = RepositoryRoot();
        if (root is null)
        {
            return null;
        }

        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "tck"));
        return Directory.Exists(Path.Combine(shared, "features")) ? shared : null;
    }

    private static string? WalkUp(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
