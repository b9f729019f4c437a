using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Entities;

/// <summary><c>where</c> and <c>order</c> on the root connections, end to end on the seed.</summary>
public sealed class FilteringTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<IReadOnlyList<string>> NamesAsync(string field, string arguments, string property = "name")
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync($"{{ {field}({arguments}) {{ nodes {{ {property} }} }} }}");
        var body = await response.ReadJsonAsync();
        Assert.True(body["errors"] is null, body.ToJsonString());
        return [.. body["data"]![field]!["nodes"]!.AsArray().Select(n => n![property]!.GetValue<string>())];
    }

    [Theory]
    [InlineData("where: {name: {eq: \"Kosovo\"}}", "Kosovo")]
    [InlineData("where: {name: {neq: \"Kosovo\"}}, order: [{name: ASC}]", "Albania,Croatia")]
    [InlineData("where: {name: {in: [\"Kosovo\", \"Albania\"]}}, order: [{name: DESC}]", "Kosovo,Albania")]
    [InlineData("where: {name: {contains: \"roat\"}}", "Croatia")]
    [InlineData("where: {isoCode: {startsWith: \"A\"}}", "Albania")]
    [InlineData("where: {OR: [{name: {eq: \"Kosovo\"}}, {isoCode: {startsWith: \"H\"}}]}, order: [{name: ASC}]", "Croatia,Kosovo")]
    [InlineData("where: {AND: [{name: {contains: \"o\"}}, {isoCode: {neq: \"XK\"}}]}", "Croatia")]
    [InlineData("where: {NOT: {name: {contains: \"o\"}}}", "Albania")]
    [InlineData("where: {ministries: {some: {name: {contains: \"Kosovo\"}}}}", "Kosovo")]
    [InlineData("where: {name: {eq: \"x' OR 1=1 //\"}}", "")]
    public async Task Countries_filter_like_hot_chocolate(string arguments, string expected)
    {
        var names = await NamesAsync("countries", arguments);

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), names);
    }

    [Fact]
    public async Task Relation_filters_count_related_entities()
    {
        Assert.Equal(["Director for Defence Policy of Kosovo"], await NamesAsync("positions", "where: {holders: {some: {name: {eq: \"Faruk Geci\"}}}}", "title"));
        Assert.Equal(5, (await NamesAsync("positions", "where: {holders: {none: {}}}", "title")).Count);
        Assert.Single(await NamesAsync("meetings", "where: {topics: {all: {name: {contains: \"e\"}}}}", "title"));
        Assert.Empty(await NamesAsync("meetings", "where: {topics: {all: {name: {startsWith: \"Deepening\"}}}}", "title"));
        Assert.Single(await NamesAsync("meetings", "where: {topics: {some: {name: {startsWith: \"Deepening\"}}}}", "title"));
    }

    [Fact]
    public async Task Partial_dates_compare_as_text()
    {
        Assert.Single(await NamesAsync("declarations", "where: {signedOn: {gte: \"2025\", lt: \"2026\"}}", "title"));
        Assert.Empty(await NamesAsync("declarations", "where: {signedOn: {gt: \"2025\"}}", "title"));
        Assert.Single(await NamesAsync("declarations", "where: {signedOn: {lte: \"2025\"}}", "title"));
    }

    [Fact]
    public async Task Order_sorts_by_several_keys()
    {
        var titles = await NamesAsync("positions", "order: [{title: DESC}], first: 3", "title");

        Assert.Equal(titles.OrderDescending(StringComparer.Ordinal), titles);
        Assert.Equal(3, titles.Count);
    }
}
