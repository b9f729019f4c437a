using System.Net;
using System.Text;
using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Api.Tests.Traversals;

namespace GraphExplorer.Api.Tests.Limits;

/// <summary>Each limit answers with a GraphQL error whose <c>extensions.code</c> says which (default limits).</summary>
public sealed class LimitTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string GeciId = TraversalQueryTests.Id("Official", "official-faruk-geci");

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused()
    {
        var query = "{ __schema { types { fields { type " + string.Concat(Enumerable.Repeat("{ ofType ", 12)) + "{ name }" + new string('}', 12) + " } } } }";

        var body = await PostAsync(query);

        Assert.Equal(["MAX_DEPTH_EXCEEDED"], body.ErrorCodes());
    }

    [Fact]
    public async Task Aliases_multiplying_a_traversal_are_refused()
    {
        var query = "{ " + string.Concat(Enumerable.Range(1, 6).Select(i => $"s{i}: search(text: \"kosovo\") {{ id }} ")) + "}";

        var body = await PostAsync(query);

        Assert.Equal(["TOO_MANY_EXPENSIVE_FIELDS"], body.ErrorCodes());
    }

    [Fact]
    public async Task Five_traversals_in_one_document_are_allowed()
    {
        var query = "{ " + string.Concat(Enumerable.Range(1, 5).Select(i => $"s{i}: search(text: \"kosovo\") {{ id }} ")) + "}";

        var body = await PostAsync(query);

        Assert.Null(body["errors"]);
    }

    [Fact]
    public async Task A_document_over_the_character_limit_is_400()
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync("{ backend }" + new string(' ', 20_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], (await response.ReadJsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task A_document_over_the_token_limit_is_400()
    {
        var query = new StringBuilder("{");
        for (var i = 0; i < 2_100; i++)
        {
            query.Append(" backend");
        }

        using var response = await factory.CreateHttpClient().PostQueryAsync(query.Append(" }").ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["TOO_MANY_TOKENS"], (await response.ReadJsonAsync()).ErrorCodes());
    }

    [Theory]
    [InlineData("neighborhood(id: $id, depth: 4) { truncated }", "TRAVERSAL_DEPTH_EXCEEDED")]
    [InlineData("neighborhood(id: $id, limit: 5000) { truncated }", "GRAPH_LIMIT_EXCEEDED")]
    [InlineData("paths(from: $id, to: $id, maxLength: 7) { truncated }", "PATH_LENGTH_EXCEEDED")]
    [InlineData("search(text: \"x\", first: 101) { id } neighborhood(id: $id, depth: 0) { truncated }", "PAGE_SIZE_EXCEEDED")]
    public async Task Traversal_arguments_over_their_caps_are_refused(string field, string code)
    {
        var body = await PostAsync($"query($id: ID!) {{ {field} }}", new { id = GeciId });

        Assert.Equal([code], body.ErrorCodes());
    }

    [Fact]
    public async Task Banana_cake_pop_sized_introspection_stays_within_the_limits()
    {
        var body = await PostAsync("{ __schema { types { name fields { name args { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }");

        Assert.Null(body["errors"]);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> PostAsync(string query, object? variables = null)
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(query, variables);
        return await response.ReadJsonAsync();
    }
}
