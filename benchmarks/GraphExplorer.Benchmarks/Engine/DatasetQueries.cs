using System.Globalization;
using GraphExplorer.Graph;

namespace GraphExplorer.Benchmarks.Engine;

/// <summary>One timed statement of the dataset report: its Cypher, the parameters of call <c>i</c>, how rows are counted, and issue 12's target.</summary>
internal sealed record DatasetQuery(string Label, string Cypher, Func<int, Dictionary<string, object?>?> Parameters, Func<QueryResult, long> Rows, string Target);

/// <summary>Ids read from the store once, so each call gets different parameters (a seeded random choice).</summary>
internal sealed record DatasetFixture(IReadOnlyList<string> OfficialIds, IReadOnlyList<string> OfficialNames, IReadOnlyList<string> MeetingIds)
{
    /// <summary>Reads the officials' ids (ordered) and names, and the meetings' ids.</summary>
    public static async Task<DatasetFixture> LoadAsync(IGraphDatabase database)
    {
        var officials = await database.RunAsync("MATCH (n:Official) RETURN n.id AS id, n.name AS name ORDER BY n.id", null, AccessMode.Read).ConfigureAwait(false);
        var meetings = await database.RunAsync("MATCH (m:Meeting) RETURN m.id AS id", null, AccessMode.Read).ConfigureAwait(false);
        return new(
            [.. officials.Rows.Select(r => (string)r[0]!)],
            [.. officials.Rows.Select(r => r[1] as string ?? string.Empty)],
            [.. meetings.Rows.Select(r => (string)r[0]!)]);
    }
}

/// <summary>Issue 12's target queries on the benchmark dataset (labels and targets as the issue states them).</summary>
internal static class DatasetQueries
{
    /// <summary>The queries in the order.</summary>
    public static IEnumerable<DatasetQuery> All(DatasetFixture fixture)
    {
        var officials = fixture.OfficialIds;
        var names = fixture.OfficialNames;
        var meetings = fixture.MeetingIds;
        var words = names.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 4).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        Func<QueryResult, long> rowCount = r => r.Rows.Count;
        Func<QueryResult, long> firstValue = r => Convert.ToInt64(r.Rows[0][0], CultureInfo.InvariantCulture);

        yield return new("`MATCH (n:Official) RETURN n ORDER BY n.id LIMIT 20`",
            "MATCH (n:Official) RETURN n ORDER BY n.id LIMIT 20", _ => null, rowCount, "≤ 0.2 ms");
        // A keyset position among the last 1,000 officials: 20 rows after it (fewer only at the very end).
        yield return new("the same after a keyset near the end (`WHERE n.id > $last`)",
            "MATCH (n:Official) WHERE n.id > $last RETURN n ORDER BY n.id LIMIT 20",
            i => new() { ["last"] = officials[officials.Count - 21 - Pick(i, 980)] }, rowCount, "≤ 0.2 ms");
        // Two-letter prefixes of real names: a few hundred matches each, 20 returned in name order.
        yield return new("`WHERE n.name STARTS WITH $p RETURN n ORDER BY n.name LIMIT 20`",
            "MATCH (n:Official) WHERE n.name STARTS WITH $p RETURN n ORDER BY n.name LIMIT 20",
            i => new() { ["p"] = Prefix(names[Pick(i, names.Count)]) }, rowCount, "≤ 0.5 ms");
        yield return new("`MATCH (n:Official) RETURN count(n)`",
            "MATCH (n:Official) RETURN count(n)", _ => null, firstValue, "≤ 0.05 ms");
        yield return new("`MATCH (m:Meeting {id: $id})<-[:ATTENDED]-(o) RETURN count(o)`",
            "MATCH (m:Meeting {id: $id})<-[:ATTENDED]-(o) RETURN count(o)",
            i => new() { ["id"] = meetings[Pick(i, meetings.Count)] }, firstValue, "≤ 0.05 ms");
        // toLower(n.name): an expression no index can provide the order of, so this is the top-k sort over 30k rows.
        yield return new("top-k: `MATCH (n:Official) RETURN n ORDER BY toLower(n.name), n.id LIMIT 20` (no index)",
            "MATCH (n:Official) RETURN n ORDER BY toLower(n.name), n.id LIMIT 20", _ => null, rowCount, "≤ 5 ms");
        yield return new("fulltext one word, all entities, top 10",
            "CALL db.index.fulltext.queryNodes('entitySearch', $q) YIELD node, score RETURN node, score LIMIT 10",
            i => new() { ["q"] = words[Pick(i, words.Length)] }, rowCount, "≤ 2 ms");
        // The dataset's analogue of the synthetic 2-hop count(DISTINCT) of --latency (whose p50 was 0.079 ms):
        // the officials met at meetings an official attended.
        yield return new("2-hop `count(DISTINCT)`: officials met at an official's meetings",
            "MATCH (a:Official {id: $id})-[:ATTENDED]->()<-[:ATTENDED]-(c) RETURN count(DISTINCT c)",
            i => new() { ["id"] = officials[Pick(i, officials.Count)] }, firstValue, "no regression");
    }

    /// <summary>A seeded pseudo-random index below <paramref name="count"/> for call <paramref name="call"/>.</summary>
    private static int Pick(int call, int count) => (int)((uint)(call * 2_654_435_761L) % (uint)count);

    private static string Prefix(string name) => name.Length >= 2 ? name[..2] : name;
}
