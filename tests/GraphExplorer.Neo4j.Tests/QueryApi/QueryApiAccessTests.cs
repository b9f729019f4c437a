using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Neo4j.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphExplorer.Neo4j.Tests.QueryApi;

/// <summary>The Query API is off by default and read-only unless configured.</summary>
public sealed class QueryApiAccessTests(ReadOnlyQueryApiHost host) : IClassFixture<ReadOnlyQueryApiHost>
{
    [Fact]
    public async Task Read_only_endpoint_refuses_writes_with_access_mode_error()
    {
        var database = host.CreateNeo4jClient();

        var error = await Assert.ThrowsAsync<CypherException>(() => database.RunAsync("CREATE (:ShouldNotExist)"));

        Assert.Equal(Graph.Errors.StatusCodes.AccessMode, error.Code);
        Assert.Equal(0L, (await database.RunAsync("MATCH (n:ShouldNotExist) RETURN count(n) AS c", mode: AccessMode.Read)).Value(0, "c"));
    }

    [Fact]
    public async Task Read_only_endpoint_answers_reads()
    {
        var database = host.CreateNeo4jClient();

        var result = await database.RunAsync("MATCH (c:Country) RETURN count(c) AS c", mode: AccessMode.Read);

        Assert.True((long)result.Value(0, "c")! > 0);
    }

    [Fact]
    public async Task Query_api_is_off_by_default()
    {
        using var api = new DefaultApi();
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/db/neo4j/query/v2") { Content = new StringContent("""{"statement":"RETURN 1"}""", Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:neo4j")));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The API with its default settings (in-memory test server, its own data directory).</summary>
    private sealed class DefaultApi : WebApplicationFactory<Program>
    {
        private readonly string _data = Path.Combine(Path.GetTempPath(), "graphexplorer-neo4j-tests", Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("GraphExplorer:DataDirectory", _data);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(_data))
            {
                Directory.Delete(_data, recursive: true);
            }
        }
    }
}
