using GraphExplorer.Core.Generation;
using GraphExplorer.Core.Import;
using GraphExplorer.Core.SavedQueries;
using GraphExplorer.Core.Setup;
using GraphExplorer.Core.Tests.Support;
using GraphExplorer.Engine;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Tests.SavedQueries;

/// <summary>One generated demo dataset (seed 5), imported once, for the saved scripts to run on.</summary>
public sealed class GeneratedDemoFixture : IAsyncLifetime
{
    internal EmbeddedGraphDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = EmbeddedGraphDatabase.CreateInMemory();
        await DatabaseInitializer.InitializeAsync(Database, CypherFolder.Path, CancellationToken.None);
        await Database.RunAsync("MATCH (n) DETACH DELETE n");
        using var stream = new MemoryStream();
        await new SyntheticDataGenerator(SyntheticSize.Demo, 5).WriteAsync(stream, CancellationToken.None);
        var batch = JsonImportReader.Read(stream.ToArray(), "demo.json");
        var report = await new GraphImporter(Database).ImportAsync([batch], null, CancellationToken.None);
        Assert.True(report.Complete);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>Every saved script on a generated demo dataset, with results checked against the data's own shape.</summary>
public sealed class SavedQueryScriptsOnGeneratedDataTests(GeneratedDemoFixture demo) : IClassFixture<GeneratedDemoFixture>
{
    [Fact]
    public async Task Who_met_whom_pairs_only_different_delegations()
    {
        var result = await RunAsync("who-met-whom", []);
        Assert.NotEmpty(result.Rows);
        Assert.All(result.Rows, r => Assert.NotEqual(r[1], r[3]));
    }

    [Fact]
    public async Task Meetings_under_a_declaration_all_point_at_it()
    {
        var declaration = await FirstAsync("MATCH (m:Meeting)-[:UNDER]->(d:Declaration) RETURN d.id ORDER BY d.id LIMIT 1");
        var expected = await ScalarAsync("MATCH (m:Meeting)-[:UNDER]->(d:Declaration {id: $id}) RETURN count(m)", declaration);
        var result = await RunAsync("meetings-under-declaration", new() { ["declaration"] = declaration });
        Assert.Equal(expected, result.Rows.Count);
        Assert.All(result.Rows, r => Assert.Equal(declaration, ((GraphPath)r[4]!).Nodes[1].Properties["id"]));
    }

    [Fact]
    public async Task Official_contacts_are_within_the_hops_asked()
    {
        var official = await FirstAsync("MATCH (o:Official)-[:ATTENDED]->() RETURN o.id ORDER BY o.id LIMIT 1");
        var one = await RunAsync("official-contacts", new() { ["id"] = official, ["hops"] = 1L });
        var two = await RunAsync("official-contacts", new() { ["id"] = official, ["hops"] = 2L });
        Assert.NotEmpty(two.Rows);
        Assert.All(two.Rows, r => Assert.InRange((long)r[3]!, 1L, 2L));
        Assert.True(two.Rows.Count >= one.Rows.Count);
    }

    [Fact]
    public async Task Shared_agreements_match_the_parties()
    {
        var pair = await demo.Database.RunAsync("MATCH (a:Country)-[:PARTY_TO]->(d:Declaration)<-[:PARTY_TO]-(b:Country) WHERE a.id < b.id RETURN a.id, b.id, count(d) ORDER BY a.id, b.id LIMIT 1");
        var result = await RunAsync("shared-agreements", new() { ["country"] = pair.Rows[0][0], ["otherCountry"] = pair.Rows[0][1] });
        Assert.Equal(pair.Rows[0][2], (long)result.Rows.Count);
    }

    [Fact]
    public async Task Meetings_by_topic_finds_meetings_that_discussed_it()
    {
        var result = await RunAsync("meetings-by-topic", new() { ["topic"] = "cyber" });
        var expected = await ScalarAsync("MATCH (m:Meeting)-[:DISCUSSED]->(:Topic {id: $id}) RETURN count(DISTINCT m)", "topic-cyber-security");
        Assert.Equal(expected, result.Rows.Count);
    }

    [Fact]
    public async Task Ministry_position_holders_lists_every_post_of_the_ministry()
    {
        var result = await RunAsync("ministry-position-holders", new() { ["ministry"] = "ministry-defence-al" });
        Assert.Equal(5, result.Rows.Select(r => r[0]).Distinct().Count());
        Assert.Contains(result.Rows, r => r[3] is string && r[4] is string);
    }

    [Fact]
    public async Task Shortest_connection_between_two_attendees_of_one_meeting_is_two_hops()
    {
        var pair = await demo.Database.RunAsync("MATCH (a:Official)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Official) WHERE a.id < b.id RETURN a.id, b.id ORDER BY a.id, b.id LIMIT 1");
        var result = await RunAsync("shortest-connection", new() { ["from"] = pair.Rows[0][0], ["to"] = pair.Rows[0][1] });
        Assert.Equal(2L, Assert.Single(result.Rows)[0]);
    }

    [Fact]
    public async Task Entity_and_relationship_sources_name_the_synthetic_source()
    {
        var entity = await RunAsync("entity-sources", new() { ["id"] = "country-al" });
        Assert.Equal(["source-synthetic-5"], (IReadOnlyList<object?>)Assert.Single(entity.Rows)[1]!);
        var relationship = await RunAsync("relationship-sources", new() { ["from"] = "ministry-defence-al", ["to"] = "country-al" });
        var row = Assert.Single(relationship.Rows);
        Assert.Equal("source-synthetic-5", row[1]);
        Assert.Contains("synthetic", (string)row[3]!, StringComparison.Ordinal);
    }

    private async Task<SavedQueryResult> RunAsync(string name, Dictionary<string, object?> parameters)
    {
        var catalog = await SavedQueryCatalog.LoadAsync(CypherFolder.File("queries"), CancellationToken.None);
        return await new SavedQueryRunner(demo.Database, new SavedQueryOptions { MaxRows = 100_000 }).RunAsync(catalog.Get(name), parameters, CancellationToken.None);
    }

    private async Task<string> FirstAsync(string cypher) => (string)(await demo.Database.RunAsync(cypher)).Rows[0][0]!;

    private async Task<int> ScalarAsync(string cypher, string id) =>
        (int)(long)(await demo.Database.RunAsync(cypher, new Dictionary<string, object?> { ["id"] = id })).Rows[0][0]!;
}
