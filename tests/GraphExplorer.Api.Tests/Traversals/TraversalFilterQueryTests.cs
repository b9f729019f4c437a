using System.Text.Json.Nodes;
using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Traversals;

/// <summary><c>paths</c> and <c>neighborhood</c> over HTTP: provenance only when asked, relationship types and time on paths, supernodes.</summary>
public sealed class TraversalFilterQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Source = "source-875d67dad5e79e69";
    private static readonly string Geci = TraversalQueryTests.Id("Official", "official-faruk-geci");
    private static readonly string Croatia = TraversalQueryTests.Id("Country", "country-hr");

    [Fact]
    public async Task Paths_leave_sources_out_by_default_and_include_them_when_asked()
    {
        var data = await QueryAsync(
            "query($from: ID!, $to: ID!) { plain: paths(from: $from, to: $to) { nodes { type } edges { type } } sourced: paths(from: $from, to: $to, includeSources: true) { nodes { id } } all: paths(from: $from, to: $to, all: true) { nodes { type } edges { type } } }",
            new { from = Geci, to = Croatia });

        var plain = Assert.Single(data["plain"]!.AsArray())!;
        Assert.Equal(["OFFICIAL", "MEETING", "COUNTRY"], plain["nodes"]!.AsArray().Select(n => n!["type"]!.GetValue<string>()));
        Assert.Equal(["ATTENDED", "TOOK_PART_IN"], plain["edges"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()));
        Assert.Contains(data["sourced"]!.AsArray(), p => p!["nodes"]![1]!["id"]!.GetValue<string>() == TraversalQueryTests.Id("Source", Source));
        var all = data["all"]!.AsArray();
        Assert.All(all, p => Assert.DoesNotContain(p!["nodes"]!.AsArray(), n => n!["type"]!.GetValue<string>() == "SOURCE"));
        Assert.All(all, p => Assert.DoesNotContain(p!["edges"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "SOURCED_FROM"));
        Assert.Equal(all.Select(p => p!["edges"]!.AsArray().Count).Order(), all.Select(p => p!["edges"]!.AsArray().Count));
    }

    [Fact]
    public async Task Neighborhood_leaves_sources_out_by_default_and_includes_them_when_asked()
    {
        var data = await QueryAsync(
            "query($id: ID!) { plain: neighborhood(id: $id, depth: 2) { nodes { type } edges { type } unexpanded } sourced: neighborhood(id: $id, includeSources: true) { nodes { type } } }",
            new { id = Geci });

        Assert.DoesNotContain(data["plain"]!["nodes"]!.AsArray(), n => n!["type"]!.GetValue<string>() == "SOURCE");
        Assert.DoesNotContain(data["plain"]!["edges"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "SOURCED_FROM");
        Assert.Empty(data["plain"]!["unexpanded"]!.AsArray());
        Assert.Contains(data["sourced"]!["nodes"]!.AsArray(), n => n!["type"]!.GetValue<string>() == "SOURCE");
    }

    [Fact]
    public async Task Paths_take_relationship_types_and_a_date()
    {
        var database = factory.Services.GetRequiredService<IGraphDatabase>();
        await database.RunAsync("""
            CREATE (a:Official {id: 'tf-a', name: 'A'}), (b:Official {id: 'tf-b', name: 'B'}), (p:Position {id: 'tf-p', title: 'P'}),
                   (a)-[:HOLDS {since: '2020', until: '2022-06'}]->(p), (b)-[:HOLDS {since: '2022-03'}]->(p), (a)-[:KNOWS]->(b)
            """);

        var data = await QueryAsync(
            """
            query($a: ID!, $b: ID!) {
              any: paths(from: $a, to: $b) { nodes { label } }
              holds: paths(from: $a, to: $b, relationshipTypes: ["HOLDS"]) { nodes { label } }
              in2022: paths(from: $a, to: $b, relationshipTypes: ["HOLDS"], asOf: "2022-04") { nodes { label } }
              in2021: paths(from: $a, to: $b, relationshipTypes: ["HOLDS"], asOf: "2021") { nodes { label } }
              during: paths(from: $a, to: $b, relationshipTypes: ["HOLDS"], during: {from: "2019", to: "2023"}, all: true) { nodes { label } }
            }
            """,
            new { a = TraversalQueryTests.Id("Official", "tf-a"), b = TraversalQueryTests.Id("Official", "tf-b") });

        Assert.Equal(["A", "B"], Labels(Assert.Single(data["any"]!.AsArray())!));
        Assert.Equal(["A", "P", "B"], Labels(Assert.Single(data["holds"]!.AsArray())!));
        Assert.Equal(["A", "P", "B"], Labels(Assert.Single(data["in2022"]!.AsArray())!));
        Assert.Empty(data["in2021"]!.AsArray());
        Assert.Equal(["A", "P", "B"], Labels(Assert.Single(data["during"]!.AsArray())!));
    }

    [Fact]
    public async Task A_hub_with_more_neighbours_than_the_cap_is_shown_not_expanded_and_reported()
    {
        var database = factory.Services.GetRequiredService<IGraphDatabase>();
        await database.RunAsync("""
            CREATE (hub:Topic {id: 'hub-topic', name: 'Hub'})
            WITH hub
            UNWIND range(0, 1000) AS i
            CREATE (:Meeting {id: 'hub-meeting-' + toString(i), title: 'Hub meeting ' + toString(i)})-[:DISCUSSED]->(hub)
            """);
        var hub = TraversalQueryTests.Id("Topic", "hub-topic");

        var data = await QueryAsync(
            "query($id: ID!, $hub: ID!, $other: ID!) { neighborhood(id: $id, depth: 2) { nodes { id } truncated unexpanded } paths(from: $id, to: $other) { nodes { id } } centre: neighborhood(id: $hub, limit: 5) { nodes { id } truncated unexpanded } }",
            new { id = TraversalQueryTests.Id("Meeting", "hub-meeting-0"), hub, other = TraversalQueryTests.Id("Meeting", "hub-meeting-1") });

        var graph = data["neighborhood"]!;
        Assert.Equal([TraversalQueryTests.Id("Meeting", "hub-meeting-0"), hub], graph["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.True(graph["truncated"]!.GetValue<bool>());
        Assert.Equal([hub], graph["unexpanded"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Empty(data["paths"]!.AsArray());
        Assert.Equal(5, data["centre"]!["nodes"]!.AsArray().Count);
        Assert.Empty(data["centre"]!["unexpanded"]!.AsArray());
    }

    private static List<string> Labels(JsonNode path) => [.. path["nodes"]!.AsArray().Select(n => n!["label"]!.GetValue<string>())];

    private async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(query, variables);
        var body = await response.ReadJsonAsync();
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }
}
