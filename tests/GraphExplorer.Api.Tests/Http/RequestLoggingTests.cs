using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>One Serilog line per GraphQL request with operation, status, duration and Cypher round trips.</summary>
public sealed class RequestLoggingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_graphql_request_is_logged_with_operation_status_and_round_trips()
    {
        var client = factory.CreateHttpClient();

        using var response = await client.PostQueryAsync("query WhoMet { encounters(participant: \"Geci\") { nodes { meeting { id } } } }");

        // The request is logged once the response is complete, which may be just after the client has it.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!factory.Logs.Events.Any(IsWhoMet) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var line = Assert.Single(factory.Logs.Events, IsWhoMet);
        Assert.Equal("200", line.Properties["StatusCode"].ToString());
        Assert.True(int.Parse(line.Properties["CypherRoundTrips"].ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.True(line.Properties.ContainsKey("Elapsed"));
    }

    private static bool IsWhoMet(Serilog.Events.LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("GraphQLOperation", out var name) && name.ToString() == "\"WhoMet\"";
}
