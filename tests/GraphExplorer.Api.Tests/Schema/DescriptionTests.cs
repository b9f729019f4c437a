using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Schema;

/// <summary>Every entity type, and every field of it, says what it is.</summary>
public sealed class DescriptionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("Country")]
    [InlineData("Ministry")]
    [InlineData("Position")]
    [InlineData("Official")]
    [InlineData("Declaration")]
    [InlineData("Topic")]
    [InlineData("Meeting")]
    [InlineData("Source")]
    [InlineData("OfficialPositionsEdge")]
    [InlineData("MeetingParticipantsEdge")]
    [InlineData("CountryFilterInput")]
    public async Task Entity_types_and_their_fields_have_descriptions(string type)
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(
            "query($name: String!) { __type(name: $name) { name description interfaces { name } fields { name description } inputFields { name description } } }", new { name = type });

        var info = (await response.ReadJsonAsync())["data"]!["__type"]!;
        Assert.False(string.IsNullOrWhiteSpace(info["description"]?.GetValue<string>()));
        var fields = (info["fields"] ?? info["inputFields"])!.AsArray();
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f!["description"]?.GetValue<string>()), f!["name"]!.GetValue<string>()));
    }
}
