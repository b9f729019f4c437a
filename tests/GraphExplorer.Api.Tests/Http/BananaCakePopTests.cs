using System.Net;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>Banana Cake Pop at GET /graphql for browsers.</summary>
public sealed class BananaCakePopTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task Browser_get_on_graphql_is_redirected_to_the_ide_folder()
    {
        var client = factory.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd(BrowserAccept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Browser_gets_the_ide_page()
    {
        var client = factory.CreateHttpClient(followRedirects: true);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd(BrowserAccept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ide_scripts_are_served_under_graphql()
    {
        var client = factory.CreateHttpClient(followRedirects: true);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        request.Headers.Accept.ParseAdd(BrowserAccept);
        using var page = await client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(static/js/main[^\"]+)\"").Groups[1].Value;

        using var response = await client.GetAsync("/graphql/" + script);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Config_points_the_ide_at_graphql_and_disables_telemetry()
    {
        var client = factory.CreateHttpClient();

        using var response = await client.GetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var config = await response.ReadJsonAsync();
        Assert.Equal("/graphql", config["endpoint"]!.GetValue<string>());
        Assert.True(config["useBrowserUrlAsEndpoint"]!.GetValue<bool>());
        Assert.True(config["disableTelemetry"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Get_with_a_query_is_graphql_even_for_a_browser()
    {
        var client = factory.CreateHttpClient();

        using var response = await client.GetQueryAsync(new Dictionary<string, string> { ["query"] = "{ backend }" }, accept: BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLClient.GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
    }
}
