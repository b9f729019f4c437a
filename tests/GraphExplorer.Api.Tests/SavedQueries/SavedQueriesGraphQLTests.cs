using System.Net;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.SavedQueries;

/// <summary><c>savedQueries</c> and <c>runSavedQuery</c> over HTTP, on the seed the API applies at start-up.</summary>
public sealed class SavedQueriesGraphQLTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Run = """
        query Run($name: String!, $parameters: JSON) {
          runSavedQuery(name: $name, parameters: $parameters) {
            columns rows truncated
            graph { nodes { id type label } edges { id type source target } truncated }
          }
        }
        """;

    [Fact]
    public async Task Catalog_lists_scripts_with_parameter_types_and_defaults()
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(
            "{ savedQueries { name description readOnly parameters { name type required default description } } }");
        var body = await response.ReadJsonAsync();
        Assert.Null(body["errors"]);
        var queries = body["data"]!["savedQueries"]!.AsArray();
        Assert.True(queries.Count >= 8);
        var contacts = queries.Single(q => q!["name"]!.GetValue<string>() == "official-contacts")!;
        var hops = contacts["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "hops")!;
        Assert.Equal("Integer", hops["type"]!.GetValue<string>());
        Assert.False(hops["required"]!.GetValue<bool>());
        Assert.Equal(2, hops["default"]!.GetValue<long>());
    }

    [Fact]
    public async Task Running_a_script_returns_rows_and_a_deduplicated_graph_with_global_ids()
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(Run, new
        {
            name = "shortest-connection",
            parameters = new { from = "official-faruk-geci", to = "position-director-defence-policy-armament-al" },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Null(body["errors"]);
        var result = body["data"]!["runSavedQuery"]!;
        Assert.Equal(["hops", "steps", "path"], result["columns"]!.AsArray().Select(c => c!.GetValue<string>()));
        var row = Assert.Single(result["rows"]!.AsArray())!;
        Assert.Equal(2, row["hops"]!.GetValue<long>());
        var nodes = result["graph"]!["nodes"]!.AsArray();
        Assert.Equal(3, nodes.Count);
        Assert.Contains(nodes, n => n!["id"]!.GetValue<string>() == GlobalId.Encode("Official", "official-faruk-geci"));
        var edges = result["graph"]!["edges"]!.AsArray();
        Assert.Equal(2, edges.Count);
        Assert.All(edges, e => Assert.Equal("ATTENDED", e!["type"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("no-such-query", null, "SAVED_QUERY_NOT_FOUND")]
    [InlineData("shared-agreements", """{"country": "country-xk"}""", "SAVED_QUERY_PARAMETER_MISSING")]
    [InlineData("official-contacts", """{"id": "x", "depth": 2}""", "SAVED_QUERY_PARAMETER_UNKNOWN")]
    [InlineData("official-contacts", """{"id": "x", "hops": "two"}""", "SAVED_QUERY_PARAMETER_INVALID")]
    public async Task Unknown_scripts_and_bad_parameters_are_precise_errors(string name, string? parameters, string code)
    {
        object? variables = parameters is null
            ? new { name }
            : new { name, parameters = System.Text.Json.JsonDocument.Parse(parameters).RootElement };
        using var response = await factory.CreateHttpClient().PostQueryAsync(Run, variables);
        var body = await response.ReadJsonAsync();
        Assert.Contains(code, body.ErrorCodes());
    }
}
