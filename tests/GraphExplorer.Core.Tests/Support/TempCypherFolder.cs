namespace GraphExplorer.Core.Tests.Support;

/// <summary>A throw-away scripts folder (<c>schema.cypher</c>, <c>seed/*.cypher</c>) for initializer tests.</summary>
internal sealed class TempCypherFolder : IDisposable
{
    public TempCypherFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graphexplorer-core-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "seed"));
    }

    public string Path { get; }

    /// <summary>Writes a file under the folder, given with forward slashes.</summary>
    public TempCypherFolder With(string relativePath, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar)), text);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
