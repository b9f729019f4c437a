using System.Net;
using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Neo4j.Tests.Infrastructure;

namespace GraphExplorer.Neo4j.Tests.OnNeo4jBackend;

/// <summary>The API on the Neo4j backend: <c>/health</c> reports the backend and whether it answers; the schema reaches it at start-up.</summary>
public sealed class Neo4jBackendHealthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Health_names_the_neo4j_backend_and_reports_it_reachable()
    {
        var client = factory.CreateHttpClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal("Neo4j", body["checks"]!["graph"]!["data"]!["backend"]!.GetValue<string>());
    }

    [Fact]
    public async Task Startup_applies_the_schema_through_the_neo4j_client()
    {
        _ = factory.ServerAddress;

        await factory.Logs.WaitForAsync(e => e.MessageTemplate.Text.StartsWith("Applied ", StringComparison.Ordinal));
        var messages = factory.Logs.Messages;
        Assert.Contains(messages, m => m.StartsWith("Graph backend \"Neo4j\"", StringComparison.Ordinal) || m.StartsWith("Graph backend Neo4j", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Applied ", StringComparison.Ordinal) && !m.StartsWith("Applied 0 ", StringComparison.Ordinal));
        var database = factory.Neo4jServer.CreateNeo4jClient();
        var result = await database.RunAsync("SHOW CONSTRAINTS YIELD name RETURN count(*) AS constraints", mode: Graph.AccessMode.Read);
        Assert.True((long)result.Rows[0][0]! > 0);
    }

    [Fact]
    public async Task Health_is_unhealthy_when_neo4j_is_down()
    {
        using var api = new UnreachableNeo4jApiFactory();
        using var client = new HttpClient { BaseAddress = api.ServerAddress };

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Unhealthy", body["status"]!.GetValue<string>());
        Assert.Equal("Neo4j", body["checks"]!["graph"]!["data"]!["backend"]!.GetValue<string>());
    }

    /// <summary>The API configured for a Neo4j on a closed port, without start-up initialization (which would fail).</summary>
    private sealed class UnreachableNeo4jApiFactory : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        public UnreachableNeo4jApiFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

        public Uri ServerAddress
        {
            get
            {
                StartServer();
                var addresses = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                    .GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>(Services)
                    .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
                return new Uri(addresses.Single());
            }
        }

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseEnvironment(builder, "Development");
            builder.UseSetting("GraphExplorer:Backend", "Neo4j");
            builder.UseSetting("GraphExplorer:InitializeDatabase", "false");
            builder.UseSetting("Neo4j:Uri", FaultServer.ClosedPort().ToString());
            builder.UseSetting("Neo4j:MaxRetries", "0");
            builder.UseSetting("Neo4j:RequestTimeout", "00:00:02");
        }
    }
}
