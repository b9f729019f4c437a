using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace GraphExplorer.Api.Tests.Infrastructure;

/// <summary>
/// Hosts the API on Kestrel at 127.0.0.1 on a free port, with its own temporary data directory (deleted on
/// dispose), and hands out real <see cref="HttpClient"/>s. One instance per test class (a class fixture).
/// </summary>
/// <remarks>
/// The backend is chosen by the test project that compiles this file: here the API runs on the embedded
/// engine (the default). <c>GraphExplorer.Neo4j.Tests</c> links this file together with the data-touching
/// test classes and implements the partial hooks below (<c>OnNeo4jBackend/ApiFactory.Neo4j.cs</c>), so the
/// same classes, and every factory derived from this one, run the API on the Neo4j backend there.
/// </remarks>
public partial class ApiFactory : WebApplicationFactory<Program>
{
    private readonly List<HttpClient> _clients = [];

    public ApiFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "graphexplorer-api-tests", Guid.NewGuid().ToString("N"));
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The embedded engine's data directory for this factory (unused when the API runs on Neo4j).</summary>
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
        ConfigureBackend(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }

    /// <summary>Points the API at another backend than the embedded engine; not implemented in this project.</summary>
    partial void ConfigureBackend(IWebHostBuilder builder);

    /// <summary>Releases what <see cref="ConfigureBackend"/> set up, after the API has stopped.</summary>
    partial void DisposeBackend();

    protected override void Dispose(bool disposing)
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        base.Dispose(disposing);
        if (disposing)
        {
            DisposeBackend();
            TemporaryDirectory.DeleteQuietly(DataDirectory);
        }
    }
}

/// <summary>The API as it runs in production: no exception details, no round-trip extension.</summary>
public sealed class ProductionApiFactory : ApiFactory
{
    protected override string EnvironmentName => "Production";
}
