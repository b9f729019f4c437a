using GraphExplorer.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>Start-up: backend selection and the data directory.</summary>
public sealed class StartupTests
{
    [Fact]
    public void Unreachable_Neo4j_backend_fails_at_start_up_with_a_clear_message()
    {
        using var factory = new Neo4jApiFactory();

        var error = Assert.ThrowsAny<Exception>(factory.StartServer);

        Assert.Contains("could not be reached", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_backend_keeps_its_data_in_the_configured_directory()
    {
        using var factory = new ApiFactory();

        factory.StartServer();

        Assert.NotEmpty(Directory.EnumerateFileSystemEntries(factory.DataDirectory));
    }

    private static string Flatten(Exception error) =>
        error.InnerException is null ? error.Message : error.Message + " | " + Flatten(error.InnerException);

    private sealed class Neo4jApiFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphExplorer:Backend", "Neo4j");

            // Port 1 on loopback: nothing listens there, so the schema step cannot reach Neo4j.
            builder.UseSetting("Neo4j:Uri", "http://127.0.0.1:1");
        }
    }
}
