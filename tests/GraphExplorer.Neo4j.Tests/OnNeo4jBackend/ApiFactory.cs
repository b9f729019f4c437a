using System.Net;
using GraphExplorer.Neo4j.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace GraphExplorer.Api.Tests.Infrastructure;

/// <summary>
/// Stands in for the API tests' fixture of the same name: the API configured with <c>Backend=Neo4j</c>, its
/// Neo4j client pointed at a second host that serves the embedded engine's Query API over real HTTP. The
/// API tests linked into this project therefore run the whole API on the Neo4j path.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly List<HttpClient> _clients = [];

    public ApiFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "graphexplorer-neo4j-tests", Guid.NewGuid().ToString("N"));
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The host serving the Query API the API's Neo4j client talks to.</summary>
    public QueryApiHost Neo4jServer { get; } = new();

    /// <summary>Unused by the Neo4j backend; kept for the linked tests.</summary>
    public string DataDirectory { get; }

    /// <summary>Every log event the API wrote through Serilog.</summary>
    public CapturingSink Logs { get; } = new();

    /// <summary>The environment the API runs in.</summary>
    protected virtual string EnvironmentName => "Development";

    /// <summary>The address Kestrel listens on (starts the server on first use).</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.Single());
        }
    }

    /// <summary>A real HTTP client for the running server; redirects are not followed unless asked.</summary>
    public HttpClient CreateHttpClient(bool followRedirects = false)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = followRedirects }) { BaseAddress = ServerAddress };
        _clients.Add(client);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("GraphExplorer:DataDirectory", DataDirectory);
        builder.UseSetting("GraphExplorer:Backend", "Neo4j");
        builder.UseSetting("Neo4j:Uri", Neo4jServer.ServerAddress.ToString());
        builder.UseSetting("Neo4j:Database", "neo4j");
        builder.UseSetting("Neo4j:User", QueryApiHost.User);
        builder.UseSetting("Neo4j:Password", QueryApiHost.Password);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        base.Dispose(disposing);
        if (disposing)
        {
            Neo4jServer.Dispose();
            GraphExplorer.Api.Tests.Infrastructure.TemporaryDirectory.DeleteQuietly(DataDirectory);
        }
    }
}

/// <summary>The Neo4j-backed API as it runs in production.</summary>
public sealed class ProductionApiFactory : ApiFactory
{
    protected override string EnvironmentName => "Production";
}
