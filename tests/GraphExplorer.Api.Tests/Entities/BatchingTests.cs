using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Entities;

/// <summary>No N+1: relationship fields are batched per level, whatever the number of parents.</summary>
public sealed class BatchingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_hundred_parents_with_nested_relationships_take_a_round_trip_per_level()
    {
        var client = factory.CreateHttpClient();
        var database = factory.Services.GetRequiredService<IGraphDatabase>();
        await database.RunAsync("""
            UNWIND range(1, 100) AS i
            CREATE (c:Country {id: 'bulk-country-' + toString(i), name: 'Bulk ' + toString(i)})
            CREATE (m:Ministry {id: 'bulk-ministry-' + toString(i), name: 'Ministry ' + toString(i)})-[:MINISTRY_OF]->(c)
            CREATE (:Position {id: 'bulk-position-' + toString(i), title: 'Minister ' + toString(i)})-[:IN]->(m)
            """);

        // Levels of entity fields: countries (1, and its totalCount 2), ministries (3), positions and country (4: two fields, one batch each).
        using var response = await client.PostQueryAsync("""
            {
              countries(first: 100, where: {key: {startsWith: "bulk-"}}) {
                totalCount
                nodes { name ministries(first: 2) { nodes { name positions(first: 2) { totalCount nodes { title } } country { name } } } }
              }
            }
            """);

        var body = await response.ReadJsonAsync();
        Assert.True(body["errors"] is null, body.ToJsonString());
        var countries = body["data"]!["countries"]!["nodes"]!.AsArray();
        Assert.Equal(100, countries.Count);
        Assert.All(countries, c => Assert.Equal(1, c!["ministries"]!["nodes"]![0]!["positions"]!["totalCount"]!.GetValue<int>()));
        var roundTrips = body["extensions"]!["cypherRoundTrips"]!.GetValue<int>();
        Assert.InRange(roundTrips, 1, 5);
    }
}
