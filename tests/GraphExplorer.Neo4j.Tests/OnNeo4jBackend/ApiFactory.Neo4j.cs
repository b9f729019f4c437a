using GraphExplorer.Neo4j.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GraphExplorer.Api.Tests.Infrastructure;

/// <summary>
/// The Neo4j half of the API tests' fixture (its shared half, <c>Infrastructure/ApiFactory.cs</c>, is linked from
/// <c>GraphExplorer.Api.Tests</c>): the API configured with <c>Backend=Neo4j</c>, its Neo4j client pointed at a
/// second host that serves the embedded engine's Query API over real HTTP. Every API test class linked into this
/// project, with every factory derived from <see cref="ApiFactory"/>, therefore runs the whole API on the Neo4j path.
/// </summary>
public partial class ApiFactory
{
    /// <summary>The host serving the Query API the API's Neo4j client talks to (its own seeded embedded store).</summary>
    public QueryApiHost Neo4jServer { get; } = new BackendQueryApiHost();

    partial void ConfigureBackend(IWebHostBuilder builder)
    {
        builder.UseSetting("GraphExplorer:Backend", "Neo4j");
        builder.UseSetting("Neo4j:Uri", Neo4jServer.ServerAddress.ToString());
        builder.UseSetting("Neo4j:Database", "neo4j");
        builder.UseSetting("Neo4j:User", QueryApiHost.User);
        builder.UseSetting("Neo4j:Password", QueryApiHost.Password);
    }

    partial void DisposeBackend() => Neo4jServer.Dispose();

    /// <summary>
    /// The Query API host as a backend: idle transactions live as long as the product's default, not the second the
    /// contract tests use to see one expire, so a transaction function under a loaded CI machine is not cut short.
    /// </summary>
    private sealed class BackendQueryApiHost : QueryApiHost
    {
        protected override TimeSpan TransactionTimeout => TimeSpan.FromSeconds(30);
    }
}
