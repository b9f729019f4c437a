using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Engine;

namespace GraphExplorer.Benchmarks.Engine;

/// <summary>
/// The <c>--fulltext DIR</c> mode: opens a data directory (a copy of the benchmark store), times the open, creates the
/// <c>entitySearch</c> fulltext index if it is missing (timing the build), times a reopen with the index present (disposing checkpoints, so the reopen reads the rule from the snapshot and builds the index while loading), then
/// times single <c>db.index.fulltext.queryNodes</c> calls (top 10) with a <see cref="Stopwatch"/> and prints p50/p90/p99.
/// </summary>
public static class FulltextReport
{
    private const string CreateIndex =
        "CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS FOR (n:Country|Ministry|Position|Official|Declaration|Meeting|Topic) "
        + "ON EACH [n.name, n.title, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}";

    /// <summary>Runs the report; arguments: <c>--fulltext DIR</c>, <c>--samples N</c> (default 2,000), <c>--options</c> (use the options map for the limit).</summary>
    public static async Task RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var directory = args[args.ToList().IndexOf("--fulltext") + 1];
        var samplesAt = args.ToList().IndexOf("--samples");
        var samples = samplesAt >= 0 ? int.Parse(args[samplesAt + 1], CultureInfo.InvariantCulture) : 2_000;
        var withOptions = args.Contains("--options");
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        var watch = Stopwatch.StartNew();
        var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = directory });
        Console.WriteLine($"open: {watch.Elapsed.TotalSeconds:F2} s");
        watch.Restart();
        var created = await database.RunAsync(CreateIndex).ConfigureAwait(false);
        Console.WriteLine($"create index: {watch.Elapsed.TotalSeconds:F2} s (added {created.Counters.IndexesAdded})");
        await database.DisposeAsync().ConfigureAwait(false);

        watch.Restart();
        database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = directory });
        Console.WriteLine($"open with the index: {watch.Elapsed.TotalSeconds:F2} s");
        await using (database.ConfigureAwait(false))
        {
            var query = withOptions
                ? "CALL db.index.fulltext.queryNodes('entitySearch', $q, {limit: 10}) YIELD node, score RETURN node.id AS id, score"
                : "CALL db.index.fulltext.queryNodes('entitySearch', $q) YIELD node, score RETURN node.id AS id, score LIMIT 10";
            foreach (var word in new[] { "novak", "kovacevic", "defence", "meeting" })
            {
                await MeasureAsync(database, query, word, samples).ConfigureAwait(false);
            }
        }
    }

    private static async Task MeasureAsync(EmbeddedGraphDatabase database, string query, string word, int samples)
    {
        var parameters = new Dictionary<string, object?> { ["q"] = word };
        var hits = (await database.RunAsync(query.Replace("LIMIT 10", "", StringComparison.Ordinal).Replace("{limit: 10}", "{}", StringComparison.Ordinal)
            .Replace("RETURN node.id AS id, score", "RETURN count(*)", StringComparison.Ordinal), parameters).ConfigureAwait(false)).Rows[0][0];
        for (var i = 0; i < Math.Min(200, samples); i++)
        {
            await database.RunAsync(query, parameters).ConfigureAwait(false);
        }

        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await database.RunAsync(query, parameters).ConfigureAwait(false);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (result.Rows.Count == 0)
            {
                throw new InvalidOperationException($"no hits for {word}");
            }
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"'{word}' ({hits} hits), top 10 over {samples} calls: p50 {times[samples / 2]:F3} ms, p90 {times[samples * 9 / 10]:F3} ms, p99 {times[samples * 99 / 100]:F3} ms; load average {LoadAverage()}"));
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
