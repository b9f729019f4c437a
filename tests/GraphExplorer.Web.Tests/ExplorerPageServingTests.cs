using System.Net;
using GraphExplorer.Web.Tests.Infrastructure;

namespace GraphExplorer.Web.Tests;

/// <summary>The API serves the explorer page at <c>/</c> next to <c>/graphql</c>.</summary>
public sealed class ExplorerPageServingTests(ExplorerServer server) : IClassFixture<ExplorerServer>, IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Root_serves_the_explorer_page()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>GraphExplorer</title>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/src/main.js")]
    [InlineData("/vendor/cytoscape.esm.min.mjs")]
    public async Task Modules_are_served_as_javascript(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Graphql_still_answers_posts_and_serves_the_ide_to_browsers()
    {
        using var post = new StringContent("""{"query":"{ backend }"}""", System.Text.Encoding.UTF8, "application/json");
        using var answer = await _client.PostAsync(new Uri("/graphql", UriKind.Relative), post);
        using var ide = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        ide.Headers.Accept.ParseAdd("text/html");
        using var redirect = await _client.SendAsync(ide);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Embedded", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
    }
}
