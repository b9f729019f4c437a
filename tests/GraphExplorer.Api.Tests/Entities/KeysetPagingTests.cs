using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Entities;

/// <summary>
/// Root connections page by keyset over HTTP: every page equals the offset page of the whole sorted list, forward and
/// backward, under random orders with nulls and duplicates; pages stay consistent while entities are inserted;
/// <c>totalCount</c> costs a statement only when selected; offset cursors of the earlier API are refused with a code.
/// </summary>
public sealed class KeysetPagingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string?[] Titles = ["Alpha", "Beta", "beta", "Gamma", null];
    private static readonly string?[] Dates = ["2024", "2025-06", "2025", null];
    private static readonly string[] Sortable = ["title", "date", "level", "location"];

    private IGraphDatabase Database => factory.Services.GetRequiredService<IGraphDatabase>();

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public async Task Keyset_pages_equal_offset_pages_of_the_sorted_list(int seed)
    {
        var prefix = "kp" + seed.ToString(CultureInfo.InvariantCulture) + "-";
        var random = new Random(seed);
        await CreateMeetingsAsync(prefix, 45, random);
        var keys = Sortable.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(p => (Property: p, Descending: random.Next(2) == 0)).ToList();
        var order = "[" + string.Join(", ", keys.Select(k => "{" + k.Property + ": " + (k.Descending ? "DESC" : "ASC") + "}")) + "]";
        // The oracle: the whole list as the database sorts it (nulls last ascending, first descending), then offsets.
        var sorted = await Database.RunAsync(
            "MATCH (n:Meeting) WHERE n.id STARTS WITH $prefix RETURN n.id AS id ORDER BY " +
            string.Join(", ", keys.Select(k => "n." + k.Property + (k.Descending ? " DESC" : " ASC")).Append("n.id ASC")),
            new Dictionary<string, object?> { ["prefix"] = prefix });
        var expected = sorted.Records().Select(r => (string)r["id"]!).ToList();
        var query = "query($first: Int, $after: String, $last: Int, $before: String) { meetings(first: $first, after: $after, last: $last, before: $before, where: {key: {startsWith: \"" +
            prefix + "\"}}, order: " + order + ") { totalCount edges { cursor node { key } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
        var everything = (await factory.DataAsync(query, new { first = 100 }))["meetings"]!;
        var cursors = everything["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()).ToList();
        Assert.Equal(expected, Keys(everything));
        Assert.Equal(expected.Count, everything["totalCount"]!.GetValue<int>());

        var size = random.Next(1, 9);
        for (var at = -1; at < expected.Count; at += size)
        {
            var page = (await factory.DataAsync(query, new { first = size, after = at < 0 ? null : cursors[at] }))["meetings"]!;
            AssertPage(new OffsetWindow(at < 0 ? null : at, null, size, null).Slice(expected), page);
        }

        for (var at = expected.Count; at > 0; at -= size)
        {
            var page = (await factory.DataAsync(query, new { last = size, before = at == expected.Count ? null : cursors[at] }))["meetings"]!;
            AssertPage(new OffsetWindow(null, at == expected.Count ? null : at, null, size).Slice(expected), page);
        }

        var (from, to) = (random.Next(expected.Count / 2), random.Next(expected.Count / 2, expected.Count));
        var between = (await factory.DataAsync(query, new { first = size, after = cursors[from], before = cursors[to] }))["meetings"]!;
        Assert.Equal(new OffsetWindow(from, to, size, null).Slice(expected).Page, Keys(between));
    }

    [Fact]
    public async Task Pages_stay_consistent_while_entities_are_inserted()
    {
        const string Prefix = "kc-";
        await CreateMeetingsAsync(Prefix, 60, new Random(7));
        var before = await IdsAsync(Prefix);
        using var stop = new CancellationTokenSource();
        var inserted = 0;
        // Inserts land everywhere in the order (their ids and titles interleave with the existing ones) while pages are read.
        var writer = Task.Run(async () =>
        {
            var random = new Random(8);
            while (!stop.IsCancellationRequested)
            {
                var id = Prefix + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture) + "-new" + inserted.ToString(CultureInfo.InvariantCulture);
                await Database.RunAsync(
                    "CREATE (m:Meeting {id: $id}) SET m.title = $title",
                    new Dictionary<string, object?> { ["id"] = id, ["title"] = Titles[random.Next(Titles.Length)] },
                    AccessMode.Write);
                inserted++;
                await Task.Delay(2);
            }
        });

        foreach (var order in new[] { "[]", "[{title: ASC}]", "[{title: DESC}, {date: ASC}]" })
        {
            var seen = new List<string>();
            string? after = null;
            for (var hasNext = true; hasNext;)
            {
                var page = (await factory.DataAsync(
                    "query($after: String) { meetings(first: 7, after: $after, where: {key: {startsWith: \"" + Prefix + "\"}}, order: " + order +
                    ") { edges { cursor node { key } } pageInfo { hasNextPage endCursor } } }",
                    new { after }))["meetings"]!;
                seen.AddRange(Keys(page));
                hasNext = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
                after = page["pageInfo"]!["endCursor"]?.GetValue<string>() ?? after;
            }

            Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
            Assert.Empty(before.Except(seen, StringComparer.Ordinal));
        }

        await stop.CancelAsync();
        await writer;
        Assert.True(inserted > 0);
    }

    [Fact]
    public async Task TotalCount_is_counted_only_when_selected()
    {
        var without = await factory.PostAsync("{ officials(first: 2) { nodes { key } pageInfo { hasNextPage } } }");
        var with = await factory.PostAsync("{ officials(first: 2) { nodes { key } n: totalCount } }");
        var viaFragment = await factory.PostAsync("{ officials(first: 2) { ...counted } } fragment counted on OfficialConnection { totalCount }");
        var nested = await factory.PostAsync("{ meetings(first: 2) { nodes { participants(first: 1) { totalCount } } } }");

        Assert.Equal(1, without["extensions"]!["cypherRoundTrips"]!.GetValue<int>());
        Assert.Equal(2, with["extensions"]!["cypherRoundTrips"]!.GetValue<int>());
        Assert.True(with["data"]!["officials"]!["n"]!.GetValue<int>() >= 1, with.ToJsonString());
        Assert.Equal(with["data"]!["officials"]!["n"]!.GetValue<int>(), viaFragment["data"]!["officials"]!["totalCount"]!.GetValue<int>());
        // A nested count is part of the batched statement of its level: no extra round trip.
        Assert.Equal(2, nested["extensions"]!["cypherRoundTrips"]!.GetValue<int>());
        Assert.True(nested["errors"] is null, nested.ToJsonString());
    }

    [Fact]
    public async Task Offset_cursors_and_cursors_of_another_order_are_refused_with_a_code()
    {
        var offset = Convert.ToBase64String(Encoding.UTF8.GetBytes("cursor:3")).TrimEnd('=');
        var byName = (await factory.DataAsync("{ officials(first: 1, order: [{name: ASC}]) { pageInfo { endCursor } } }"))["officials"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var old = await factory.PostAsync("query($c: String) { officials(after: $c) { nodes { key } } }", new { c = offset });
        var other = await factory.PostAsync("query($c: String) { officials(after: $c, order: [{name: DESC}]) { nodes { key } } }", new { c = byName });
        var nested = await factory.PostAsync("query($c: String) { meetings { nodes { participants(before: $c, last: 1) { totalCount } } } }", new { c = offset });
        var junk = await factory.PostAsync("{ officials(after: \"bm90IGEgY3Vyc29y\") { nodes { key } } }");

        Assert.Equal(["INVALID_CURSOR"], old.ErrorCodes());
        Assert.Contains("offset cursor", old["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["INVALID_CURSOR"], other.ErrorCodes());
        Assert.Contains("INVALID_CURSOR", nested.ErrorCodes());
        Assert.Equal(["INVALID_CURSOR"], junk.ErrorCodes());
    }

    private async Task CreateMeetingsAsync(string prefix, int count, Random random)
    {
        var rows = Enumerable.Range(0, count).Select(i => (object?)new Dictionary<string, object?>
        {
            ["id"] = prefix + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture) + "-" + i.ToString(CultureInfo.InvariantCulture),
            ["title"] = Titles[random.Next(Titles.Length)],
            ["date"] = Dates[random.Next(Dates.Length)],
            ["level"] = random.Next(3) == 0 ? null : "level " + random.Next(3).ToString(CultureInfo.InvariantCulture),
            ["location"] = random.Next(2) == 0 ? null : "Tirana",
        }).ToList();
        await Database.RunAsync(
            "UNWIND $rows AS row CREATE (m:Meeting {id: row.id}) SET m.title = row.title, m.date = row.date, m.level = row.level, m.location = row.location",
            new Dictionary<string, object?> { ["rows"] = rows },
            AccessMode.Write);
    }

    private async Task<List<string>> IdsAsync(string prefix) =>
        [.. (await Database.RunAsync("MATCH (n:Meeting) WHERE n.id STARTS WITH $prefix RETURN n.id AS id", new Dictionary<string, object?> { ["prefix"] = prefix }))
            .Records().Select(r => (string)r["id"]!)];

    private static List<string> Keys(JsonNode connection) =>
        [.. connection["edges"]!.AsArray().Select(e => e!["node"]!["key"]!.GetValue<string>())];

    private static void AssertPage((IReadOnlyList<string> Page, bool HasNext, bool HasPrevious) expected, JsonNode page)
    {
        Assert.Equal(expected.Page, Keys(page));
        Assert.Equal(expected.HasNext, page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(expected.HasPrevious, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }
}
