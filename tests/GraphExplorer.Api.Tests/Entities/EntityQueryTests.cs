using System.Net;
using System.Text.Json.Nodes;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Entities;

/// <summary>Entity types, Relay ids and connections over the seed, through the HTTP stack.</summary>
public sealed class EntityQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(query, variables);
        var body = await response.ReadJsonAsync();
        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body["data"]!;
    }

    [Fact]
    public async Task Countries_are_a_connection_sorted_by_name_with_total_count()
    {
        var data = await DataAsync("{ countries(order: [{name: ASC}]) { totalCount nodes { name isoCode key aliases } pageInfo { hasNextPage hasPreviousPage } } }");

        var countries = data["countries"]!;
        Assert.Equal(3, countries["totalCount"]!.GetValue<int>());
        Assert.Equal(["Albania", "Croatia", "Kosovo"], countries["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        Assert.Equal("XK", countries["nodes"]![2]!["isoCode"]!.GetValue<string>());
        Assert.Contains("Republic of Kosovo", countries["nodes"]![2]!["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.False(countries["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Pages_follow_cursors_forwards_and_backwards()
    {
        var first = await DataAsync("{ topics(first: 3, order: [{name: DESC}]) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }");
        var topics = first["topics"]!;
        Assert.Equal(7, topics["totalCount"]!.GetValue<int>());
        Assert.True(topics["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var after = topics["pageInfo"]!["endCursor"]!.GetValue<string>();

        var second = await DataAsync("query($after: String) { topics(first: 10, after: $after, order: [{name: DESC}]) { edges { node { name } } pageInfo { hasNextPage hasPreviousPage } } }", new { after });
        Assert.Equal(4, second["topics"]!["edges"]!.AsArray().Count);
        Assert.True(second["topics"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(second["topics"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var last = await DataAsync("{ topics(last: 2, order: [{name: DESC}]) { nodes { name } pageInfo { hasPreviousPage hasNextPage } } }");
        var all = await DataAsync("{ topics(order: [{name: DESC}]) { nodes { name } } }");
        Assert.Equal(all["topics"]!["nodes"]!.AsArray().TakeLast(2).Select(n => n!["name"]!.GetValue<string>()),
            last["topics"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        Assert.True(last["topics"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_page_over_the_maximum_is_an_error_with_its_code()
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync("{ countries(first: 101) { totalCount } }");

        var body = await response.ReadJsonAsync();
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], body.ErrorCodes());
    }

    [Fact]
    public async Task Node_finds_an_entity_by_its_global_id_and_nodes_keeps_order()
    {
        var data = await DataAsync("{ officials { nodes { id name } } }");
        var official = data["officials"]!["nodes"]![0]!;
        var id = official["id"]!.GetValue<string>();
        Assert.True(GlobalId.TryDecode(id, out var type, out var key));
        Assert.Equal(("Official", "official-faruk-geci"), (type, key));

        var node = await DataAsync("query($id: ID!) { node(id: $id) { id ... on Official { name } } }", new { id });
        Assert.Equal("Faruk Geci", node["node"]!["name"]!.GetValue<string>());

        var xk = GlobalId.Encode("Country", "country-xk");
        var unknown = GlobalId.Encode("Country", "country-zz");
        var nodes = await DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Country { name } ... on Official { name } } }", new { ids = new[] { xk, id, unknown } });
        var list = nodes["nodes"]!.AsArray();
        Assert.Equal("Kosovo", list[0]!["name"]!.GetValue<string>());
        Assert.Equal("Official", list[1]!["__typename"]!.GetValue<string>());
        Assert.Null(list[2]);
    }

    [Fact]
    public async Task A_malformed_global_id_is_an_error_with_its_code()
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync("{ node(id: \"not-an-id\") { id } }");

        var body = await response.ReadJsonAsync();
        Assert.Equal(["INVALID_ID"], body.ErrorCodes());
    }

    [Fact]
    public async Task Relationships_are_fields_both_ways_with_their_properties()
    {
        var data = await DataAsync("""
            {
              meetings(first: 1) {
                nodes {
                  title
                  declaration { title signedOn parties(first: 3) { totalCount } }
                  participants(first: 3) { totalCount edges { role delegationOf headOfDelegation sources { title } node { __typename ... on Official { name positions(first: 1) { edges { since until node { title ministry { name country { isoCode } } } } } } } } }
                  countries(first: 3) { nodes { name } }
                  topics(first: 1) { totalCount }
                  announcedBy(first: 1) { nodes { name } }
                  sources(first: 1) { nodes { publisher } }
                }
              }
            }
            """);

        var meeting = data["meetings"]!["nodes"]![0]!;
        Assert.Equal(3, meeting["declaration"]!["parties"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(3, meeting["participants"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(3, meeting["topics"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Ministry of Defence of Kosovo", meeting["announcedBy"]!["nodes"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("DE Balkani", meeting["sources"]!["nodes"]![0]!["publisher"]!.GetValue<string>());
        var geci = meeting["participants"]!["edges"]!.AsArray().Single(e => e!["node"]!["__typename"]!.GetValue<string>() == "Official")!;
        Assert.True(geci["headOfDelegation"]!.GetValue<bool>());
        Assert.Equal("country-xk", geci["delegationOf"]!.GetValue<string>());
        Assert.Equal("Director for Defence Policy", geci["role"]!.GetValue<string>());
        Assert.NotEmpty(geci["sources"]!.AsArray());
        var post = geci["node"]!["positions"]!["edges"]![0]!;
        Assert.Null(post["since"]);
        Assert.Equal("XK", post["node"]!["ministry"]!["country"]!["isoCode"]!.GetValue<string>());
        var others = meeting["participants"]!["edges"]!.AsArray().Where(e => e!["node"]!["__typename"]!.GetValue<string>() == "Position");
        Assert.All(others, e => Assert.Null(e!["headOfDelegation"]));
    }

    [Fact]
    public async Task Relationship_connections_page_with_cursors()
    {
        var first = await DataAsync("{ declarations { nodes { topics(first: 3) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } } } }");
        var topics = first["declarations"]!["nodes"]![0]!["topics"]!;
        Assert.Equal(4, topics["totalCount"]!.GetValue<int>());
        Assert.Equal(3, topics["edges"]!.AsArray().Count);
        Assert.True(topics["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var rest = await DataAsync("query($after: String) { declarations { nodes { topics(first: 3, after: $after) { edges { node { name } } pageInfo { hasNextPage hasPreviousPage } } } } }",
            new { after = topics["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var page = rest["declarations"]!["nodes"]![0]!["topics"]!;
        Assert.Single(page["edges"]!.AsArray());
        Assert.False(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }
}
