using System.Text.Json.Nodes;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Traversals;

/// <summary>"Who met whom" over HTTP on the seed, at the level of officials, positions and countries, and in time.</summary>
public sealed class EncounterLevelQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Query = """
        query($participant: String, $level: EncounterLevel, $asOf: String, $during: DateRangeInput) {
          encounters(participant: $participant, level: $level, asOf: $asOf, during: $during) {
            nodes {
              participant { id kind name countryId countryName role headOfDelegation }
              counterpart { id kind name countryId countryName }
              meeting { id title date level location summary }
              declaration { id title kind signedOn summary }
            }
          }
        }
        """;

    [Fact]
    public async Task At_official_level_geci_met_the_albanian_and_croatian_directors()
    {
        var encounters = await EncountersAsync(new { participant = "Geci", level = "OFFICIAL" });

        Assert.Equal(
            ["position-director-defence-policy-armament-al", "position-director-defence-policy-armament-hr"],
            encounters.Select(e => e!["counterpart"]!["id"]!.GetValue<string>()));
        Assert.All(encounters, e => Assert.Equal("official-faruk-geci", e!["participant"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task At_position_level_kosovos_director_for_defence_policy_met_the_two_directors()
    {
        var encounters = await EncountersAsync(new { participant = "country-xk", level = "POSITION" });

        Assert.Equal(2, encounters.Count);
        Assert.All(encounters, e =>
        {
            Assert.Equal("position-director-defence-policy-xk", e!["participant"]!["id"]!.GetValue<string>());
            Assert.Equal("Position", e["counterpart"]!["kind"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task At_country_level_kosovo_met_albania_and_croatia_under_the_2025_trilateral_declaration()
    {
        var encounters = await EncountersAsync(new { participant = "Kosovo", level = "COUNTRY" });

        Assert.Equal(["Albania", "Croatia"], encounters.Select(e => e!["counterpart"]!["name"]!.GetValue<string>()));
        Assert.All(encounters, e =>
        {
            Assert.Equal("country-xk", e!["participant"]!["id"]!.GetValue<string>());
            Assert.Equal("2025", e["declaration"]!["signedOn"]!.GetValue<string>());
            Assert.Equal("joint declaration", e["declaration"]!["kind"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task The_undated_meeting_is_kept_for_any_time_because_unknown_dates_exclude_nothing()
    {
        var asOf = await EncountersAsync(new { participant = "Kosovo", level = "COUNTRY", asOf = "2025-06" });
        var during = await EncountersAsync(new { participant = "Kosovo", level = "COUNTRY", during = new { from = "2020", to = "2021" } });

        Assert.Equal(2, asOf.Count);
        Assert.Equal(2, during.Count);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_an_error_with_its_code()
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(Query, new { asOf = "June 2025" });

        var body = await response.ReadJsonAsync();
        Assert.Equal(["INVALID_DATE"], body.ErrorCodes());
    }

    private async Task<JsonArray> EncountersAsync(object variables)
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(Query, variables);
        var body = await response.ReadJsonAsync();
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["encounters"]!["nodes"]!.AsArray();
    }
}
