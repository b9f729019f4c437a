using System.Globalization;
using System.Text.Json.Nodes;
using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Entities;

/// <summary>
/// Nested connections window each parent in the batched statement: every parent's page and count equal the offset
/// slices of its whole related list (the old in-memory paging, kept as the oracle), mixed official/post lists too,
/// and the round trips stay one per field and level.
/// </summary>
public sealed class NestedWindowTests(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private const string Prefix = "nw-";
    private static readonly int[] Degrees = [0, 1, 3, 7, 12];

    private IGraphDatabase Database => factory.Services.GetRequiredService<IGraphDatabase>();

    public async Task InitializeAsync()
    {
        // xUnit makes an instance per test; the data is made once per factory.
        var made = await Database.RunAsync("MATCH (m:Meeting {id: $id}) RETURN count(m) AS n", new Dictionary<string, object?> { ["id"] = Prefix + "meeting-0" });
        if ((long)made.Records().Single()["n"]! > 0)
        {
            return;
        }

        // Meetings with 0…12 participants: officials and posts, names and titles repeating, so ties fall to the id.
        var random = new Random(5);
        var rows = new List<object?>();
        foreach (var (degree, m) in Degrees.Select((d, i) => (d, i)))
        {
            for (var i = 0; i < degree; i++)
            {
                rows.Add(new Dictionary<string, object?>
                {
                    ["meeting"] = Prefix + "meeting-" + m.ToString(CultureInfo.InvariantCulture),
                    ["id"] = Prefix + random.Next(100, 999).ToString(CultureInfo.InvariantCulture) + "-" + m.ToString(CultureInfo.InvariantCulture) + "-" + i.ToString(CultureInfo.InvariantCulture),
                    ["official"] = random.Next(3) > 0,
                    ["text"] = "Name " + random.Next(4).ToString(CultureInfo.InvariantCulture),
                    ["role"] = "role " + i.ToString(CultureInfo.InvariantCulture),
                });
            }
        }

        await Database.RunAsync(
            "UNWIND range(0, $meetings - 1) AS m CREATE (:Meeting {id: $prefix + 'meeting-' + toString(m), title: 'Meeting ' + toString(m)})",
            new Dictionary<string, object?> { ["meetings"] = (long)Degrees.Length, ["prefix"] = Prefix });
        await Database.RunAsync("""
            UNWIND $rows AS row
            MATCH (m:Meeting {id: row.meeting})
            CALL {
              WITH row, m
              WITH row, m WHERE row.official
              CREATE (:Official {id: row.id, name: row.text})-[:ATTENDED {role: row.role}]->(m)
              RETURN count(*) AS officials
            }
            CALL {
              WITH row, m
              WITH row, m WHERE NOT row.official
              CREATE (:Position {id: row.id, title: row.text})-[:ATTENDED {role: row.role}]->(m)
              RETURN count(*) AS posts
            }
            RETURN count(*) AS created
            """, new Dictionary<string, object?> { ["rows"] = rows });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(2, null)]
    [InlineData(5, null)]
    [InlineData(null, 3)]
    [InlineData(0, null)]
    public async Task Every_parent_gets_its_own_window_and_count(int? first, int? last)
    {
        var expected = await FullListsAsync();
        var body = await factory.PostAsync(
            "query($first: Int, $last: Int) { meetings(first: 20, where: {key: {startsWith: \"" + Prefix + "\"}}) { nodes { key participants(first: $first, last: $last) { " +
            "totalCount edges { cursor role node { ... on Official { key } ... on Position { key } } } pageInfo { hasNextPage hasPreviousPage } } } } }",
            new { first, last });

        Assert.True(body["errors"] is null, body.ToJsonString());
        var meetings = body["data"]!["meetings"]!["nodes"]!.AsArray();
        Assert.Equal(Degrees.Length, meetings.Count);
        foreach (var meeting in meetings)
        {
            var all = expected[meeting!["key"]!.GetValue<string>()];
            var participants = meeting["participants"]!;
            var (page, hasNext, hasPrevious) = new OffsetWindow(null, null, first, last).Slice(all);
            Assert.Equal(page, Keys(participants));
            Assert.Equal(all.Count, participants["totalCount"]!.GetValue<int>());
            Assert.Equal(hasNext, participants["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.Equal(hasPrevious, participants["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        }

        // meetings (1), participants (2): whatever the number of meetings and participants.
        Assert.Equal(2, body["extensions"]!["cypherRoundTrips"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_parents_pages_follow_its_cursors_as_the_offset_slices_did()
    {
        var meeting = Prefix + "meeting-4";
        var all = (await FullListsAsync())[meeting];
        const string Query = """
            query($id: String!, $first: Int, $after: String, $last: Int, $before: String) {
              meetings(where: {key: {eq: $id}}) { nodes { participants(first: $first, after: $after, last: $last, before: $before) {
                totalCount edges { cursor node { ... on Official { key } ... on Position { key } } } pageInfo { hasNextPage hasPreviousPage }
              } } }
            }
            """;
        var everything = await ParticipantsAsync(Query, new { id = meeting, first = 100 });
        var cursors = everything["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()).ToList();
        Assert.Equal(all, Keys(everything));

        for (var at = 0; at < all.Count; at++)
        {
            var forward = await ParticipantsAsync(Query, new { id = meeting, first = 3, after = cursors[at] });
            var backward = await ParticipantsAsync(Query, new { id = meeting, last = 2, before = cursors[at] });
            Assert.Equal(new OffsetWindow(at, null, 3, null).Slice(all).Page, Keys(forward));
            Assert.Equal(new OffsetWindow(null, at, null, 2).Slice(all).Page, Keys(backward));
            Assert.Equal(all.Count, forward["totalCount"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Filtered_sorted_nested_windows_equal_the_slices_of_the_filtered_list()
    {
        var database = Database;
        await database.RunAsync("""
            UNWIND range(1, 3) AS c
            CREATE (country:Country {id: 'nw-country-' + toString(c), name: 'Country ' + toString(c)})
            WITH country, c
            UNWIND range(1, c * 4) AS i
            CREATE (:Ministry {id: 'nw-ministry-' + toString(c) + '-' + toString(i), name: CASE WHEN i % 3 = 0 THEN null ELSE 'Ministry ' + toString(i % 5) END})-[:MINISTRY_OF]->(country)
            """);
        var body = await factory.PostAsync("""
            { countries(where: {key: {startsWith: "nw-country-"}}, order: [{name: ASC}]) { nodes { key
                ministries(first: 3, where: {NOT: {key: {eq: "nw-ministry-3-2"}}}, order: [{name: DESC}]) { totalCount nodes { key } pageInfo { hasNextPage } }
            } } }
            """);

        Assert.True(body["errors"] is null, body.ToJsonString());
        foreach (var country in body["data"]!["countries"]!["nodes"]!.AsArray())
        {
            var expected = (await database.RunAsync(
                "MATCH (:Country {id: $id})<-[:MINISTRY_OF]-(n) WHERE n.id <> 'nw-ministry-3-2' RETURN n.id AS id ORDER BY n.name DESC, n.id ASC",
                new Dictionary<string, object?> { ["id"] = country!["key"]!.GetValue<string>() })).Records().Select(r => (string)r["id"]!).ToList();
            var ministries = country["ministries"]!;
            var (page, hasNext, _) = new OffsetWindow(null, null, 3, null).Slice(expected);
            Assert.Equal(page, ministries["nodes"]!.AsArray().Select(n => n!["key"]!.GetValue<string>()));
            Assert.Equal(expected.Count, ministries["totalCount"]!.GetValue<int>());
            Assert.Equal(hasNext, ministries["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task The_nested_shape_of_the_load_test_takes_a_round_trip_per_level()
    {
        var body = await factory.PostAsync("""
            { officials(first: 20) { nodes { attended(first: 5) { nodes { participants(first: 5) { nodes { ... on Official { name } } } } } } } }
            """);

        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.Equal(3, body["extensions"]!["cypherRoundTrips"]!.GetValue<int>());
    }

    private async Task<JsonNode> ParticipantsAsync(string query, object variables)
    {
        var body = await factory.PostAsync(query, variables);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["meetings"]!["nodes"]![0]!["participants"]!;
    }

    /// <summary>Each test meeting's whole participant list in the default order (display name or title, then id), as the old statement read it.</summary>
    private async Task<Dictionary<string, List<string>>> FullListsAsync()
    {
        var result = await Database.RunAsync(
            "MATCH (m:Meeting) WHERE m.id STARTS WITH $prefix OPTIONAL MATCH (m)<-[:ATTENDED]-(n) WITH m, n ORDER BY coalesce(n.name, n.title, n.id), n.id RETURN m.id AS meeting, collect(n.id) AS ids",
            new Dictionary<string, object?> { ["prefix"] = Prefix });
        return result.Records().ToDictionary(r => (string)r["meeting"]!, r => ((IEnumerable<object?>)r["ids"]!).Cast<string>().ToList());
    }

    private static List<string> Keys(JsonNode connection) =>
        [.. connection["edges"]!.AsArray().Select(e => e!["node"]!["key"]!.GetValue<string>())];
}
