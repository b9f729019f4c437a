using System.Reflection;

namespace GraphExplorer.Core.Tests.Support;

/// <summary>
/// Finds the repository's <c>cypher/</c> folder: the folder holding <c>GraphExplorer.sln</c> found by walking up
/// from the test output, or else the repository root recorded at build time (for outputs outside the tree).
/// </summary>
internal static class CypherFolder
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The full path of the repository's root (the folder holding <c>GraphExplorer.sln</c>).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The full path of <c>cypher/</c>.</summary>
    public static string Path => System.IO.Path.Combine(Root.Value, "cypher");

    /// <summary>The full path of a file under <c>cypher/</c>, given with forward slashes.</summary>
    public static string File(string relativePath) =>
        System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (IsRoot(directory.FullName))
            {
                return directory.FullName;
            }
        }

        var recorded = typeof(CypherFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && IsRoot(recorded))
        {
            return recorded;
        }

        throw new InvalidOperationException($"No GraphExplorer.sln above {AppContext.BaseDirectory}, nor at '{recorded}'.");
    }

    private static bool IsRoot(string directory) => System.IO.File.Exists(System.IO.Path.Combine(directory, "GraphExplorer.sln"));
}
