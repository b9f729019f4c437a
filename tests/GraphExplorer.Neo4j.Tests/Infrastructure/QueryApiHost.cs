using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Neo4j.Tests.Infrastructure;

/// <summary>
/// The API on the embedded engine, serving the Neo4j Query API on Kestrel at 127.0.0.1 (random port), with
/// writes allowed and a short transaction timeout. Its own temporary data directory, deleted on dispose.
/// </summary>
public class QueryApiHost : WebApplicationFactory<Program>
{
    public const string User = "neo4j";
    public const string Password = "contract-secret-9f3a";

    private readonly List<IDisposable> _owned = [];
    private readonly List<IAsyncDisposable> _providers = [];

    public QueryApiHost()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "graphexplorer-neo4j-tests", Guid.NewGuid().ToString("N"));
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The embedded engine's data directory.</summary>
    public string DataDirectory { get; }

    /// <summary>Whether the Query API accepts writes.</summary>
    protected virtual bool AllowWrites => true;

    /// <summary>How long an idle transaction lives.</summary>
    protected virtual TimeSpan TransactionTimeout => TimeSpan.FromSeconds(1);

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

    /// <summary>A raw HTTP client for the server.</summary>
    public HttpClient CreateRawClient()
    {
        var client = new HttpClient { BaseAddress = ServerAddress };
        _owned.Add(client);
        return client;
    }

    /// <summary>A Neo4j client pointed at this host's Query API, built the way the API builds it.</summary>
    public Neo4jGraphDatabase CreateNeo4jClient(Action<Neo4jOptions>? configure = null, ILoggerProvider? logs = null)
    {
        var address = ServerAddress;
        var (database, provider) = Neo4jClients.Create(options =>
        {
            options.Uri = address;
            options.User = User;
            options.Password = Password;
            options.RetryDelay = TimeSpan.FromMilliseconds(10);
            configure?.Invoke(options);
        }, logs: logs);
        _providers.Add(provider);
        return database;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("GraphExplorer:DataDirectory", DataDirectory);
        builder.UseSetting("GraphExplorer:QueryApi:Enabled", "true");
        builder.UseSetting("GraphExplorer:QueryApi:AllowWrites", AllowWrites ? "true" : "false");
        builder.UseSetting("GraphExplorer:QueryApi:TransactionTimeout", TransactionTimeout.ToString());
        builder.UseSetting($"GraphExplorer:QueryApi:Users:{User}", Password);
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        foreach (var provider in _providers)
        {
            provider.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
        if (disposing)
        {
            GraphExplorer.Api.Tests.Infrastructure.TemporaryDirectory.DeleteQuietly(DataDirectory);
        }
    }
}

/// <summary>The Query API host as configured by default for tools: read-only.</summary>
public sealed class ReadOnlyQueryApiHost : QueryApiHost
{
    protected override bool AllowWrites => false;
}
