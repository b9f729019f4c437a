using System.Text.Json.Nodes;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Entities;

/// <summary>GraphQL requests to a factory's server in one call: the whole answer, or its data when there are no errors.</summary>
internal static class ApiFactoryQueries
{
    /// <summary>POSTs the query over a new client and returns the response body.</summary>
    public static async Task<JsonObject> PostAsync(this ApiFactory factory, string query, object? variables = null)
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(query, variables);
        return await response.ReadJsonAsync();
    }

    /// <summary>POSTs the query and returns <c>data</c>, failing the test when the answer has errors.</summary>
    public static async Task<JsonNode> DataAsync(this ApiFactory factory, string query, object? variables = null)
    {
        var body = await factory.PostAsync(query, variables);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }
}
