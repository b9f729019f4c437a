using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Api.Tests.Traversals;

namespace GraphExplorer.Api.Tests.Limits;

/// <summary>Limits set in configuration (<c>GraphExplorer:Limits:*</c>): complexity and the fan-out cap.</summary>
public sealed class ConfiguredLimitTests(LimitedApiFactory factory) : IClassFixture<LimitedApiFactory>
{
    [Fact]
    public async Task A_query_over_the_complexity_limit_is_refused()
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(
            "{ search(text: \"kosovo\", first: 100) { id type label score } encounters { nodes { participant { id name } counterpart { id name } meeting { id title } } } }");

        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], (await response.ReadJsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task Introspection_counts_nothing_towards_complexity()
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync("{ __schema { types { name fields { name args { name } } } } }");

        Assert.Null((await response.ReadJsonAsync())["errors"]);
    }

    [Fact]
    public async Task The_fan_out_cap_marks_the_neighbourhood_truncated()
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(
            "query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id } truncated } }",
            new { id = TraversalQueryTests.Id("Official", "official-faruk-geci") });

        var body = await response.ReadJsonAsync();
        Assert.Null(body["errors"]);
        Assert.True(body["data"]!["neighborhood"]!["truncated"]!.GetValue<bool>());
    }
}
