using System.Net;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>/health reports the backend.</summary>
public sealed class HealthEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Health_is_200_and_names_the_embedded_backend()
    {
        var client = factory.CreateHttpClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal("Embedded", body["checks"]!["graph"]!["data"]!["backend"]!.GetValue<string>());
    }
}
