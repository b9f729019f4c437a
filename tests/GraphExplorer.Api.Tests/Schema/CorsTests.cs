using System.Net;
using GraphExplorer.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GraphExplorer.Api.Tests.Schema;

/// <summary>Front ends on other origins: preflight answered in Development, only configured origins in Production.</summary>
public sealed class CorsTests(ApiFactory development, CorsTests.ProductionCorsFactory production) : IClassFixture<ApiFactory>, IClassFixture<CorsTests.ProductionCorsFactory>
{
    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Development_answers_the_preflight_of_any_origin()
    {
        using var response = await PreflightAsync(development.CreateHttpClient(), "http://localhost:5173");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_allows_only_configured_origins()
    {
        using var allowed = await PreflightAsync(production.CreateHttpClient(), "https://explorer.example.org");
        using var other = await PreflightAsync(production.CreateHttpClient(), "https://evil.example.com");

        Assert.Equal("https://explorer.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_simple_cross_origin_post_gets_the_allow_origin_header()
    {
        var client = development.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ backend }\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", "http://localhost:5173");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    /// <summary>Production with one allowed origin.</summary>
    public sealed class ProductionCorsFactory : ApiFactory
    {
        protected override string EnvironmentName => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphExplorer:Cors:AllowedOrigins:0", "https://explorer.example.org");
        }
    }
}
