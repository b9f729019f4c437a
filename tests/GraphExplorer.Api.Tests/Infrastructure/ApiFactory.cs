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
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly List<HttpClient> _clients = [];

    public ApiFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "graphexplorer-api-tests", Guid.NewGuid().ToString("N"));
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The embedded engine's data directory for this factory.</summary>
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
            TemporaryDirectory.DeleteQuietly(DataDirectory);
        }
    }
}

/// <summary>The API as it runs in production: no exception details, no round-trip extension.</summary>
public sealed class ProductionApiFactory : ApiFactory
{
    protected override string EnvironmentName => "Production";
}
