using GraphExplorer.Engine;

namespace GraphExplorer.Benchmarks.Storage;

/// <summary>Data directories for the storage benchmarks: creation, filling, copying and clean-up.</summary>
internal static class StorageFixture
{
    /// <summary>A new empty directory under the temporary folder.</summary>
    public static string NewDirectory(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "graphexplorer-bench", purpose + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes a directory made by <see cref="NewDirectory"/>.</summary>
    public static void Delete(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>Copies the data files (not the lock) of one directory into a fresh one.</summary>
    public static string CopyDataFiles(string source, string purpose)
    {
        var target = NewDirectory(purpose);
        foreach (var file in Directory.EnumerateFiles(source).Where(f => !f.EndsWith("graph.lock", StringComparison.Ordinal)))
        {
            using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var output = File.Create(Path.Combine(target, Path.GetFileName(file)));
            input.CopyTo(output);
        }

        return target;
    }

    /// <summary>Fills a database with <paramref name="nodes"/> nodes and <paramref name="relationships"/> relationships without properties, in batches.</summary>
    public static async Task FillAsync(EmbeddedGraphDatabase database, int nodes, int relationships)
    {
        const int Batch = 100_000;
        await database.RunAsync("CREATE CONSTRAINT n_id IF NOT EXISTS FOR (n:N) REQUIRE n.id IS UNIQUE").ConfigureAwait(false);
        for (var start = 0; start < nodes; start += Batch)
        {
            await database.RunAsync(
                "UNWIND range($start, $end) AS i CREATE (:N {id: i})",
                new Dictionary<string, object?> { ["start"] = (long)start, ["end"] = (long)Math.Min(nodes, start + Batch) - 1 }).ConfigureAwait(false);
        }

        for (var start = 0; start < relationships; start += Batch)
        {
            await database.RunAsync(
                "UNWIND range($start, $end) AS i MATCH (a:N {id: i % $nodes}), (b:N {id: (i * 7919 + 1) % $nodes}) CREATE (a)-[:R]->(b)",
                new Dictionary<string, object?> { ["start"] = (long)start, ["end"] = (long)Math.Min(relationships, start + Batch) - 1, ["nodes"] = (long)nodes }).ConfigureAwait(false);
        }
    }
}
