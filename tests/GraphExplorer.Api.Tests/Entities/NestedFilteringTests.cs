using System.Text.Json.Nodes;
using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Entities;

/// <summary><c>where</c> and <c>order</c> on nested relationship connections: as on the root list of the same type, batched.</summary>
public sealed class NestedFilteringTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<JsonObject> PostAsync(string query, object? variables = null)
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(query, variables);
        return await response.ReadJsonAsync();
    }

    private async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var body = await PostAsync(query, variables);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    private static string[] Names(JsonNode? nodes, string property = "name") =>
        [.. nodes!.AsArray().Select(n => n![property]!.GetValue<string>())];

    [Fact]
    public async Task A_nested_list_filters_and_sorts_as_the_root_list_of_its_type()
    {
        const string Where = "{name: {startsWith: \"Co\"}}";
        const string OfTheDeclaration = "{declarations: {some: {key: {eq: \"declaration-2025-trilateral-defence\"}}}}";
        var root = await DataAsync("{ topics(where: {AND: [" + Where + ", " + OfTheDeclaration + "]}, order: [{name: DESC}]) { nodes { name } } }");
        var nested = await DataAsync($$"""
            { declarations { nodes { topics(where: {{Where}}, order: [{name: DESC}]) { totalCount nodes { name } } } } }
            """);

        var expected = Names(root["topics"]!["nodes"]);
        var topics = nested["declarations"]!["nodes"]![0]!["topics"]!;
        Assert.Equal(3, expected.Length);
        Assert.Equal(expected, Names(topics["nodes"]));
        Assert.Equal(expected.Length, topics["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.OrderDescending(StringComparer.Ordinal), expected);
    }

    [Fact]
    public async Task Filtered_nested_pages_follow_cursors_and_count_what_matches()
    {
        const string Query = """
            query($after: String) {
              declarations { nodes { topics(first: 2, after: $after, where: {NOT: {name: {startsWith: "Inter"}}}, order: [{name: ASC}]) {
                totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor }
              } } }
            }
            """;
        var all = await DataAsync("{ declarations { nodes { topics(order: [{name: ASC}]) { nodes { name } } } } }");
        var expected = Names(all["declarations"]!["nodes"]![0]!["topics"]!["nodes"]).Where(n => !n.StartsWith("Inter", StringComparison.Ordinal)).ToArray();

        var first = (await DataAsync(Query))["declarations"]!["nodes"]![0]!["topics"]!;
        var second = (await DataAsync(Query, new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["declarations"]!["nodes"]![0]!["topics"]!;

        Assert.Equal(3, expected.Length);
        Assert.Equal(3, first["totalCount"]!.GetValue<int>());
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal<string>(expected, [.. first["edges"]!.AsArray().Concat(second["edges"]!.AsArray()).Select(e => e!["node"]!["name"]!.GetValue<string>())]);
    }

    [Fact]
    public async Task Every_parent_gets_its_own_matching_related_nodes()
    {
        // The seed's countries only (they have ISO codes): the round-trip test adds countries to this class's store.
        var data = await DataAsync("""
            {
              countries(where: {isoCode: {neq: null}}, order: [{name: ASC}]) { nodes {
                name
                ministries(where: {positions: {some: {title: {startsWith: "Director"}}}}) { nodes {
                  directors: positions(where: {title: {startsWith: "Director"}}) { totalCount nodes { title } }
                  byKey: positions(order: [{key: DESC}]) { nodes { key } }
                } }
              } }
            }
            """);

        var countries = data["countries"]!["nodes"]!.AsArray();
        Assert.Equal(["Albania", "Croatia", "Kosovo"], Names(countries));
        foreach (var country in countries)
        {
            var ministry = country!["ministries"]!["nodes"]!.AsArray().Single()!;
            var director = Assert.Single(Names(ministry["directors"]!["nodes"], "title"));
            Assert.EndsWith("of " + country["name"]!.GetValue<string>(), director, StringComparison.Ordinal);
            var keys = Names(ministry["byKey"]!["nodes"], "key");
            Assert.Equal(2, keys.Length);
            Assert.Equal(keys.OrderDescending(StringComparer.Ordinal), keys);
        }
    }

    [Fact]
    public async Task Many_parents_with_differently_filtered_nested_lists_take_a_round_trip_per_field()
    {
        var database = factory.Services.GetRequiredService<IGraphDatabase>();
        await database.RunAsync("""
            UNWIND range(1, 60) AS i
            CREATE (c:Country {id: 'nested-country-' + toString(i), name: 'Nested ' + toString(i)})
            CREATE (:Ministry {id: 'nested-ministry-a-' + toString(i), name: 'Army ' + toString(i)})-[:MINISTRY_OF]->(c)
            CREATE (m:Ministry {id: 'nested-ministry-b-' + toString(i), name: 'Budget ' + toString(i)})-[:MINISTRY_OF]->(c)
            CREATE (:Position {id: 'nested-position-' + toString(i), title: 'Treasurer ' + toString(i)})-[:IN]->(m)
            """);

        // Levels: countries (1, and its totalCount 2); army and budget, two argument sets of one field (3, 4); budget's positions (5).
        var body = await PostAsync("""
            {
              countries(first: 100, where: {key: {startsWith: "nested-"}}) {
                totalCount
                nodes {
                  army: ministries(where: {name: {startsWith: "Army"}}) { totalCount nodes { name } }
                  budget: ministries(where: {name: {startsWith: "Budget"}}, order: [{name: DESC}]) { nodes { name positions(where: {title: {contains: "Treasurer"}}) { totalCount } } }
                }
              }
            }
            """);

        Assert.True(body["errors"] is null, body.ToJsonString());
        var countries = body["data"]!["countries"]!["nodes"]!.AsArray();
        Assert.Equal(60, countries.Count);
        Assert.All(countries, c =>
        {
            Assert.StartsWith("Army ", Assert.Single(Names(c!["army"]!["nodes"])), StringComparison.Ordinal);
            Assert.Equal(1, c!["army"]!["totalCount"]!.GetValue<int>());
            var budget = Assert.Single(c!["budget"]!["nodes"]!.AsArray())!;
            Assert.StartsWith("Budget ", budget["name"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(1, budget["positions"]!["totalCount"]!.GetValue<int>());
        });
        Assert.InRange(body["extensions"]!["cypherRoundTrips"]!.GetValue<int>(), 1, 5);
    }

    [Theory]
    [InlineData("where: {nope: {eq: \"x\"}}")]
    [InlineData("where: {name: {eq: 5}}")]
    [InlineData("where: {name: \"Kosovo\"}")]
    [InlineData("order: [{nope: ASC}]")]
    [InlineData("order: [{name: UP}]")]
    public async Task A_bad_nested_filter_fails_as_on_the_root_list(string arguments)
    {
        var root = await PostAsync($"{{ topics({arguments}) {{ totalCount }} }}");
        var nested = await PostAsync($"{{ declarations {{ nodes {{ topics({arguments}) {{ totalCount }} }} }} }}");

        Assert.NotNull(nested["errors"]);
        Assert.Null(nested["data"]);
        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE"], root.ErrorCodes().Distinct());
        Assert.Equal(root.ErrorCodes().Distinct(), nested.ErrorCodes().Distinct());
    }

    [Fact]
    public async Task Nested_page_limits_still_hold_and_values_stay_values()
    {
        var tooLarge = await PostAsync("{ declarations { nodes { topics(first: 101, where: {name: {contains: \"e\"}}) { totalCount } } } }");
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], tooLarge.ErrorCodes());

        var data = await DataAsync("{ declarations { nodes { topics(where: {name: {eq: \"x' OR 1=1 //\"}}) { totalCount } } } }");
        Assert.Equal(0, data["declarations"]!["nodes"]![0]!["topics"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Connections_reaching_officials_or_posts_take_no_filter()
    {
        var body = await PostAsync("{ meetings { nodes { participants(where: {name: {eq: \"x\"}}) { totalCount } } } }");

        Assert.Null(body["data"]);
        Assert.NotEmpty(body.ErrorCodes());
    }
}
