using System.Net;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>The <c>encounters</c> query on the seed data the API applies at start-up.</summary>
public sealed class EncountersQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Query = """
        query WhoMetWhom($participant: String) {
          encounters(participant: $participant) {
            nodes {
              participant { id kind name countryId countryName role headOfDelegation }
              counterpart { id kind name countryId countryName }
              meeting { id title level }
              declaration { id title kind signedOn }
            }
          }
        }
        """;

    [Fact]
    public async Task Geci_led_kosovo_delegation_met_albania_and_croatia_under_the_2025_trilateral_declaration()
    {
        var client = factory.CreateHttpClient();

        using var response = await client.PostQueryAsync(Query, new { participant = "Faruk Geci" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Null(body["errors"]);
        var encounters = body["data"]!["encounters"]!["nodes"]!.AsArray();
        Assert.NotEmpty(encounters);
        foreach (var encounter in encounters)
        {
            Assert.Equal("Faruk Geci", encounter!["participant"]!["name"]!.GetValue<string>());
            Assert.Contains("Kosovo", encounter["participant"]!["countryName"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.True(encounter["participant"]!["headOfDelegation"]!.GetValue<bool>());
            Assert.Equal("2025", encounter["declaration"]!["signedOn"]!.GetValue<string>());
            Assert.Contains("eclaration", encounter["declaration"]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var countries = encounters.Select(e => e!["counterpart"]!["countryName"]!.GetValue<string>()).Distinct().Order().ToList();
        Assert.Equal(2, countries.Count);
        Assert.Contains(countries, c => c.Contains("Albania", StringComparison.Ordinal));
        Assert.Contains(countries, c => c.Contains("Croatia", StringComparison.Ordinal));
        Assert.Single(encounters.Select(e => e!["meeting"]!["id"]!.GetValue<string>()).Distinct());
    }

    [Fact]
    public async Task Encounters_report_their_cypher_round_trips_in_development()
    {
        var client = factory.CreateHttpClient();

        using var response = await client.PostQueryAsync(Query, new { participant = "Geci" });

        // The participant's exact-name lookup, the search that resolves the fragment, and the page.
        var body = await response.ReadJsonAsync();
        Assert.Equal(3, body["extensions"]!["cypherRoundTrips"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unknown_participant_has_no_encounters()
    {
        var client = factory.CreateHttpClient();

        using var response = await client.PostQueryAsync(Query, new { participant = "nobody-of-that-name" });

        var body = await response.ReadJsonAsync();
        Assert.Empty(body["data"]!["encounters"]!["nodes"]!.AsArray());
    }
}
