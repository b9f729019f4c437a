using System.Net;
using GraphExplorer.Graph;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Web.Tests.Infrastructure;

/// <summary>
/// The API on Kestrel at 127.0.0.1 on a free port with its own temporary data directory (deleted on
/// dispose), the seed applied at start-up: what the browser talks to.
/// </summary>
public sealed class ExplorerServer : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "graphexplorer-web-tests", Guid.NewGuid().ToString("N"));

    public ExplorerServer() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The address Kestrel listens on (starts the server on first use).</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.Single());
        }
    }

    /// <summary>The database behind the API, for tests that add data of their own.</summary>
    public IGraphDatabase Database
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IGraphDatabase>();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("GraphExplorer:DataDirectory", _dataDirectory);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
