using System.Text;
using System.Text.Json.Nodes;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Traversals;

/// <summary><c>neighborhood</c>, <c>paths</c> and <c>search</c> over HTTP on the seed data.</summary>
public sealed class TraversalQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string GraphFields = "nodes { id type label properties } edges { id type source target properties } truncated";

    [Fact]
    public async Task Neighborhood_of_the_meeting_is_a_deduplicated_graph_with_global_ids()
    {
        var data = await QueryAsync(
            $"query($id: ID!) {{ neighborhood(id: $id) {{ {GraphFields} }} }}",
            new { id = Id("Meeting", "meeting-trilateral-directors-defence-policy-armament") });

        var graph = data["neighborhood"]!;
        var nodes = graph["nodes"]!.AsArray();
        var ids = nodes.Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(Id("Meeting", "meeting-trilateral-directors-defence-policy-armament"), ids[0]);
        var geci = nodes.Single(n => n!["id"]!.GetValue<string>() == Id("Official", "official-faruk-geci"))!;
        Assert.Equal("OFFICIAL", geci["type"]!.GetValue<string>());
        Assert.Equal("Faruk Geci", geci["label"]!.GetValue<string>());
        Assert.Equal("official-faruk-geci", geci["properties"]!["id"]!.GetValue<string>());
        var edges = graph["edges"]!.AsArray();
        Assert.All(edges, e => Assert.Contains(e!["source"]!.GetValue<string>(), ids));
        Assert.All(edges, e => Assert.Contains(e!["target"]!.GetValue<string>(), ids));
        var attended = edges.Single(e => e!["source"]!.GetValue<string>() == Id("Official", "official-faruk-geci"))!;
        Assert.Equal("ATTENDED", attended["type"]!.GetValue<string>());
        Assert.True(attended["properties"]!["headOfDelegation"]!.GetValue<bool>());
        Assert.False(graph["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Neighborhood_with_a_small_limit_is_truncated_and_edge_ids_are_stable()
    {
        const string Query = "query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 4) { nodes { id } edges { id } truncated } }";
        var variables = new { id = Id("Official", "official-faruk-geci") };

        var first = await QueryAsync(Query, variables);
        var second = await QueryAsync(Query, variables);

        Assert.True(first["neighborhood"]!["truncated"]!.GetValue<bool>());
        Assert.Equal(4, first["neighborhood"]!["nodes"]!.AsArray().Count);
        Assert.Equal(first["neighborhood"]!["edges"]!.ToJsonString(), second["neighborhood"]!["edges"]!.ToJsonString());
    }

    [Fact]
    public async Task Paths_from_geci_to_croatia_are_graphs_of_two_edges_through_the_meeting()
    {
        var data = await QueryAsync(
            $"query($from: ID!, $to: ID!) {{ paths(from: $from, to: $to) {{ {GraphFields} }} }}",
            new { from = Id("Official", "official-faruk-geci"), to = Id("Country", "country-hr") });

        var paths = data["paths"]!.AsArray();
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.Equal(2, p!["edges"]!.AsArray().Count));
        Assert.All(paths, p => Assert.Equal("MEETING", p!["nodes"]![1]!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Search_ignores_case_and_diacritics_and_finds_aliases()
    {
        var data = await QueryAsync("{ byAlias: search(text: \"KROATIEN\", types: [COUNTRY]) { id type label score } byName: search(text: \"geçi\") { id label } }");

        var hit = Assert.Single(data["byAlias"]!.AsArray())!;
        Assert.Equal(Id("Country", "country-hr"), hit["id"]!.GetValue<string>());
        Assert.Equal("COUNTRY", hit["type"]!.GetValue<string>());
        Assert.Equal("Croatia", hit["label"]!.GetValue<string>());
        Assert.True(hit["score"]!.GetValue<double>() > 0);
        Assert.Equal("Faruk Geci", data["byName"]![0]!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_id_that_is_not_an_entity_is_an_error_with_its_code()
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync("{ neighborhood(id: \"not-a-global-id\") { truncated } }");

        var body = await response.ReadJsonAsync();
        Assert.Equal(["INVALID_ID"], body.ErrorCodes());
    }

    [Fact]
    public async Task An_unknown_entity_has_an_empty_neighborhood_and_no_paths()
    {
        var data = await QueryAsync(
            "query($id: ID!, $to: ID!) { neighborhood(id: $id) { nodes { id } } paths(from: $id, to: $to) { truncated } }",
            new { id = Id("Official", "nobody"), to = Id("Country", "country-hr") });

        Assert.Empty(data["neighborhood"]!["nodes"]!.AsArray());
        Assert.Empty(data["paths"]!.AsArray());
    }

    internal static string Id(string type, string id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(type + ":" + id)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(query, variables);
        var body = await response.ReadJsonAsync();
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }
}
