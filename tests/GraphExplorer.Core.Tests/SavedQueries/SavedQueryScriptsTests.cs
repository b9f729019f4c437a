using GraphExplorer.Core.SavedQueries;
using GraphExplorer.Core.Tests.Support;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Tests.SavedQueries;

/// <summary>Every saved script of <c>cypher/queries/</c> on the seed, with its results asserted.</summary>
public sealed class SavedQueryScriptsTests(SeededGraphFixture seed) : IClassFixture<SeededGraphFixture>
{
    private const string Declaration = "declaration-2025-trilateral-defence";
    private const string Meeting = "meeting-trilateral-directors-defence-policy-armament";
    private const string Geci = "official-faruk-geci";

    [Fact]
    public async Task Catalog_holds_every_script_of_the_issue()
    {
        var catalog = await LoadCatalogAsync();
        Assert.Equal(
            ["entity-sources", "meetings-by-topic", "meetings-of-country", "meetings-under-declaration", "ministry-position-holders", "official-contacts",
             "relationship-sources", "shared-agreements", "shortest-connection", "who-met-whom"],
            catalog.Queries.Select(q => q.Name));
        Assert.All(catalog.Queries, q => Assert.True(q.ReadOnly));
        Assert.All(catalog.Queries, q => Assert.False(string.IsNullOrWhiteSpace(q.Description)));
    }

    [Fact]
    public async Task Who_met_whom_pairs_the_three_delegations_both_ways()
    {
        var result = await RunAsync("who-met-whom", new() { ["declaration"] = Declaration });
        Assert.Equal(6, result.Rows.Count);
        Assert.Contains(result.Rows, r => (string?)r[0] == "Faruk Geci" && (string?)r[3] == "country-al");
        Assert.All(result.Rows, r => Assert.NotEqual(r[1], r[3]));
        Assert.Empty((await RunAsync("who-met-whom", new() { ["declaration"] = "declaration-none" })).Rows);
        Assert.Equal(6, (await RunAsync("who-met-whom", [])).Rows.Count);
    }

    [Fact]
    public async Task Meetings_under_declaration_lists_the_directors_meeting_and_its_topics()
    {
        var result = await RunAsync("meetings-under-declaration", new() { ["declaration"] = Declaration });
        var row = Assert.Single(result.Rows);
        Assert.Equal(Meeting, row[0]);
        Assert.Equal(3, ((IReadOnlyList<object?>)row[3]!).Count);
        var graph = ResultGraph.Collect(result.Rows);
        Assert.Equal(2, graph.Nodes.Count);
        Assert.Equal("UNDER", Assert.Single(graph.Relationships).Type);
    }

    [Fact]
    public async Task Official_contacts_reach_the_other_directors_in_two_hops()
    {
        var result = await RunAsync("official-contacts", new() { ["id"] = Geci });
        Assert.Equal(
            ["position-director-defence-policy-xk:1", "position-director-defence-policy-armament-al:2", "position-director-defence-policy-armament-hr:2"],
            result.Rows.Select(r => $"{r[0]}:{r[3]}"));
        var oneHop = await RunAsync("official-contacts", new() { ["id"] = Geci, ["hops"] = 1L });
        Assert.Equal("position-director-defence-policy-xk", Assert.Single(oneHop.Rows)[0]);
    }

    [Fact]
    public async Task Shared_agreements_of_kosovo_and_albania_is_the_declaration()
    {
        var result = await RunAsync("shared-agreements", new() { ["country"] = "country-xk", ["otherCountry"] = "country-al" });
        Assert.Equal(Declaration, Assert.Single(result.Rows)[0]);
    }

    [Fact]
    public async Task Meetings_of_country_finds_the_meeting_by_id_name_or_alias_with_the_other_countries()
    {
        foreach (var country in new[] { "country-xk", "kosovo", "Republik Kosovo" })
        {
            var row = Assert.Single((await RunAsync("meetings-of-country", new() { ["country"] = country })).Rows);
            Assert.Equal("country-xk", row[0]);
            Assert.Equal(Meeting, row[1]);
            Assert.Equal(["Albania", "Croatia"], (IReadOnlyList<object?>)row[4]!);
        }

        Assert.Empty((await RunAsync("meetings-of-country", new() { ["country"] = "Ruritania" })).Rows);
    }

    [Fact]
    public async Task Meetings_by_topic_matches_a_name_fragment()
    {
        var result = await RunAsync("meetings-by-topic", new() { ["topic"] = "INDUSTRIES" });
        var row = Assert.Single(result.Rows);
        Assert.Equal(Meeting, row[0]);
        Assert.Equal(["Cooperation between the defence industries of the signatory countries"], (IReadOnlyList<object?>)row[3]!);
    }

    [Fact]
    public async Task Ministry_position_holders_lists_posts_with_and_without_holder()
    {
        var result = await RunAsync("ministry-position-holders", new() { ["ministry"] = "ministry-defence-xk" });
        Assert.Equal(
            ["Director for Defence Policy of Kosovo:Faruk Geci", "Minister of Defence of Kosovo:"],
            result.Rows.Select(r => $"{r[1]}:{r[3]}"));
    }

    [Fact]
    public async Task Shortest_connection_goes_through_the_meeting()
    {
        var result = await RunAsync("shortest-connection", new() { ["from"] = Geci, ["to"] = "position-director-defence-policy-armament-al" });
        var row = Assert.Single(result.Rows);
        Assert.Equal(2L, row[0]);
        var path = Assert.IsType<GraphPath>(row[2]);
        Assert.Equal(3, path.Nodes.Count);
    }

    [Fact]
    public async Task Entity_sources_names_the_article_for_the_node_and_its_relationships()
    {
        var result = await RunAsync("entity-sources", new() { ["id"] = Geci });
        var row = Assert.Single(result.Rows);
        Assert.Equal([TestGraph.SourceId], (IReadOnlyList<object?>)row[1]!);
        var links = ((IReadOnlyList<object?>)row[3]!).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        Assert.Equal(["ATTENDED", "HOLDS"], links.Select(l => (string)l["relationship"]!).Order());
    }

    [Fact]
    public async Task Relationship_sources_gives_the_article_behind_an_attendance()
    {
        var result = await RunAsync("relationship-sources", new() { ["from"] = Geci, ["to"] = Meeting, ["type"] = "ATTENDED" });
        var row = Assert.Single(result.Rows);
        Assert.Equal(TestGraph.SourceId, row[1]);
        Assert.Equal("DE Balkani", row[3]);
    }

    private static Task<SavedQueryCatalog> LoadCatalogAsync() =>
        SavedQueryCatalog.LoadAsync(CypherFolder.File("queries"), CancellationToken.None);

    private async Task<SavedQueryResult> RunAsync(string name, Dictionary<string, object?> parameters)
    {
        var catalog = await LoadCatalogAsync();
        var runner = new SavedQueryRunner(seed.Database, new SavedQueryOptions());
        return await runner.RunAsync(catalog.Get(name), parameters, CancellationToken.None);
    }
}
