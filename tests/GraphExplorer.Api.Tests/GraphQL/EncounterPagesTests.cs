using System.Text.Json.Nodes;
using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Core.Encounters;
using GraphExplorer.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>
/// <c>encounters</c> as a keyset connection and <c>encounterGroups</c>, on a random graph of meetings added to the seed,
/// checked against the full list the old way (<see cref="EncounterQueries.FindAsync"/>) as the oracle.
/// </summary>
public sealed class EncounterPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private const string PageQuery = """
        query($participant: String, $level: EncounterLevel, $first: Int, $after: String) {
          encounters(participant: $participant, level: $level, first: $first, after: $after) {
            totalCount
            participants { id key kind name }
            pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { participant { id countryId } counterpart { id countryId } meeting { id } declaration { id } } }
          }
        }
        """;

    private const string GroupQuery = """
        query($participant: String, $by: EncounterGrouping!, $first: Int, $after: String) {
          encounterGroups(participant: $participant, by: $by, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { key { key kind name } count meetingCount }
          }
        }
        """;

    public async Task InitializeAsync()
    {
        var random = new Random(13);
        var countries = Enumerable.Range(0, 3).Select(i => new Dictionary<string, object?> { ["id"] = $"pg-country-{i}", ["name"] = $"Pageland {i}" }).ToList<object?>();
        var officials = Enumerable.Range(0, 12).Select(i => new Dictionary<string, object?>
        {
            ["id"] = $"pg-official-{i:00}",
            ["name"] = i < 2 ? "Ana Pagetest" : $"Person{i} Pagetest",
        }).ToList<object?>();
        var meetings = new List<object?>();
        for (var m = 0; m < 30; m++)
        {
            var attendees = Enumerable.Range(0, 12).OrderBy(_ => random.Next()).Take(3 + random.Next(4))
                .Select(i => (object?)new Dictionary<string, object?> { ["official"] = $"pg-official-{i:00}", ["country"] = $"pg-country-{i % 3}" })
                .ToList();
            meetings.Add(new Dictionary<string, object?>
            {
                ["id"] = $"pg-meeting-{m:00}",
                ["title"] = $"Page meeting {m}",
                ["date"] = $"2024-{1 + (m % 12):00}",
                ["under"] = m % 2 == 0,
                ["attendees"] = attendees,
            });
        }

        var database = factory.Services.GetRequiredService<IGraphDatabase>();
        await database.RunAsync("UNWIND $countries AS c MERGE (x:Country {id: c.id}) SET x.name = c.name", new Dictionary<string, object?> { ["countries"] = countries }, AccessMode.Write, CancellationToken.None);
        await database.RunAsync("UNWIND $officials AS o MERGE (x:Official {id: o.id}) SET x.name = o.name", new Dictionary<string, object?> { ["officials"] = officials }, AccessMode.Write, CancellationToken.None);
        await database.RunAsync("""
            MERGE (d:Declaration {id: 'pg-declaration'}) SET d.title = 'Pages test accord'
            WITH d
            UNWIND $meetings AS m
            MERGE (x:Meeting {id: m.id}) SET x.title = m.title, x.date = m.date
            FOREACH (_ IN CASE WHEN m.under THEN [1] ELSE [] END | MERGE (x)-[:UNDER]->(d))
            WITH x, m
            UNWIND m.attendees AS a
            MATCH (p:Official {id: a.official}), (c:Country {id: a.country})
            MERGE (p)-[r:ATTENDED]->(x) SET r.delegationOf = a.country
            MERGE (c)-[:TOOK_PART_IN]->(x)
            """, new Dictionary<string, object?> { ["meetings"] = meetings }, AccessMode.Write, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("pg-official-05", "OFFICIAL", 4)]
    [InlineData("pg-country-1", "COUNTRY", 3)]
    [InlineData("pg-country-2", "OFFICIAL", 7)]
    public async Task Walking_every_page_gives_the_full_list_once_in_key_order(string participant, string level, int first)
    {
        var expected = await OracleAsync([participant], Enum.Parse<EncounterLevel>(level, ignoreCase: true));
        Assert.NotEmpty(expected);

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var connection = await PageAsync(new { participant, level, first, after });
            Assert.Equal(expected.Count, connection["totalCount"]!.GetValue<int>());
            Assert.Equal(after is not null, connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            var edges = connection["edges"]!.AsArray();
            Assert.True(edges.Count <= first);
            seen.AddRange(edges.Select(e => Key(e!["node"]!)));
            pages++;
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            Assert.Equal(first, edges.Count);
            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.True(pages > 1, "the test should span several pages");
    }

    [Theory]
    [InlineData("MEETING")]
    [InlineData("COUNTERPART")]
    [InlineData("COUNTRY")]
    public async Task Group_counts_equal_the_counts_of_the_full_list(string by)
    {
        var all = await new EncounterQueries(factory.Services.GetRequiredService<IGraphDatabase>())
            .FindAsync(new EncounterFilter(Participant: "pg-official-03"), CancellationToken.None);
        var expected = all
            .GroupBy(e => by switch { "MEETING" => e.Meeting.Id, "COUNTERPART" => e.Counterpart.Id, _ => e.Counterpart.CountryId! })
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Meetings: g.Select(e => e.Meeting.Id).Distinct().Count()));

        var groups = new List<JsonNode>();
        string? after = null;
        do
        {
            using var response = await factory.CreateHttpClient().PostQueryAsync(GroupQuery, new { participant = "Person3 Pagetest", by, first = 2, after });
            var body = await response.ReadJsonAsync();
            Assert.True(body["errors"] is null, body.ToJsonString());
            var connection = body["data"]!["encounterGroups"]!;
            Assert.Equal(expected.Count, connection["totalCount"]!.GetValue<int>());
            groups.AddRange(connection["nodes"]!.AsArray().Select(n => n!));
            after = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(expected.Count, groups.Count);
        foreach (var group in groups)
        {
            var (count, meetings) = expected[group["key"]!["key"]!.GetValue<string>()];
            Assert.Equal(count, group["count"]!.GetValue<int>());
            Assert.Equal(meetings, group["meetingCount"]!.GetValue<int>());
        }

        Assert.Equal(groups.Select(g => g["count"]!.GetValue<int>()).OrderDescending(), groups.Select(g => g["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_name_resolves_to_the_entities_so_named_and_one_can_be_picked_by_its_id()
    {
        var both = await PageAsync(new { participant = "Ana Pagetest", first = 100 });
        var resolved = both["participants"]!.AsArray();
        Assert.Equal(["pg-official-00", "pg-official-01"], resolved.Select(p => p!["key"]!.GetValue<string>()).Order());
        var expected = await OracleAsync(["pg-official-00", "pg-official-01"], EncounterLevel.Official);
        Assert.Equal(expected.Order(StringComparer.Ordinal), both["edges"]!.AsArray().Select(e => Key(e!["node"]!)).Order(StringComparer.Ordinal));

        var picked = resolved.Single(p => p!["key"]!.GetValue<string>() == "pg-official-01")!["id"]!.GetValue<string>();
        var one = await PageAsync(new { participant = picked, first = 100 });
        Assert.Equal(["pg-official-01"], one["participants"]!.AsArray().Select(p => p!["key"]!.GetValue<string>()));
        Assert.Equal(
            (await OracleAsync(["pg-official-01"], EncounterLevel.Official)).Order(StringComparer.Ordinal),
            one["edges"]!.AsArray().Select(e => Key(e!["node"]!)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_fragment_resolves_to_the_best_search_matches_and_says_which()
    {
        var connection = await PageAsync(new { participant = "pagetest", first = 1 });

        var keys = connection["participants"]!.AsArray().Select(p => p!["key"]!.GetValue<string>()).ToList();
        Assert.Equal(12, keys.Count);
        Assert.All(keys, k => Assert.StartsWith("pg-official-", k, StringComparison.Ordinal));
        Assert.Single(connection["edges"]!.AsArray());
    }

    [Theory]
    [InlineData("{ encounters(first: 101) { totalCount } }", "PAGE_SIZE_EXCEEDED")]
    [InlineData("{ encounters(first: -1) { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ encounters(after: \"bm90LWEtY3Vyc29y\") { totalCount } }", "INVALID_CURSOR")]
    [InlineData("{ encounterGroups(by: MEETING, first: 101) { totalCount } }", "PAGE_SIZE_EXCEEDED")]
    [InlineData("{ encounters(participant: \"TWVldGluZzpwZy1tZWV0aW5nLTAx\") { totalCount } }", "INVALID_ID")]
    public async Task Bad_page_arguments_are_errors_with_their_codes(string query, string code)
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(query);

        Assert.Equal([code], (await response.ReadJsonAsync()).ErrorCodes());
    }

    private async Task<JsonNode> PageAsync(object variables)
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(PageQuery, variables);
        var body = await response.ReadJsonAsync();
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["encounters"]!;
    }

    /// <summary>The encounters of these participants, listed the old way (every meeting tested) and keyed.</summary>
    private async Task<List<string>> OracleAsync(IReadOnlyList<string> participants, EncounterLevel level)
    {
        var queries = new EncounterQueries(factory.Services.GetRequiredService<IGraphDatabase>());
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var participant in participants)
        {
            foreach (var e in await queries.FindAsync(new EncounterFilter(Participant: participant, Level: level), CancellationToken.None))
            {
                keys.Add(string.Join('|', e.Participant.Id, e.Participant.CountryId, e.Counterpart.Id, e.Counterpart.CountryId, e.Meeting.Id, e.Declaration?.Id));
            }
        }

        return [.. keys];
    }

    private static string Key(JsonNode encounter) => string.Join(
        '|',
        encounter["participant"]!["id"]!.GetValue<string>(),
        encounter["participant"]!["countryId"]?.GetValue<string>(),
        encounter["counterpart"]!["id"]!.GetValue<string>(),
        encounter["counterpart"]!["countryId"]?.GetValue<string>(),
        encounter["meeting"]!["id"]!.GetValue<string>(),
        encounter["declaration"]?["id"]?.GetValue<string>());
}
