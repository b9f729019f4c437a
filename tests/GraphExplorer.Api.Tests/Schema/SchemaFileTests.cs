using System.Net;
using System.Runtime.CompilerServices;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Schema;

/// <summary>The committed <c>docs/schema.graphql</c> is the live schema, served at <c>GET /graphql?sdl</c>.</summary>
public sealed class SchemaFileTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string UpdateVariable = "GRAPHEXPLORER_UPDATE_SCHEMA";

    [Fact]
    public async Task Get_sdl_serves_the_schema_as_text()
    {
        using var response = await factory.CreateHttpClient().GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("interface Node", sdl, StringComparison.Ordinal);
        Assert.Contains("type Country implements Node", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_committed_schema_file_matches_the_live_schema()
    {
        using var response = await factory.CreateHttpClient().GetAsync("/graphql?sdl");
        var live = Normalize(await response.Content.ReadAsStringAsync());
        var path = SchemaFilePath();

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, live);
        }

        var committed = File.Exists(path) ? Normalize(await File.ReadAllTextAsync(path)) : string.Empty;
        Assert.True(committed == live,
            $"docs/schema.graphql differs from the live schema. If the change is intended, run the tests with {UpdateVariable}=1 " +
            "(e.g. `GRAPHEXPLORER_UPDATE_SCHEMA=1 dotnet test tests/GraphExplorer.Api.Tests --filter SchemaFileTests`) and commit the file.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    /// <summary>docs/schema.graphql in the working tree, found from this source file (the build output may be anywhere).</summary>
    private static string SchemaFilePath([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "docs", "schema.graphql"));
}
