using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Tests.Infrastructure;

/// <summary>Builds <see cref="Neo4jGraphDatabase"/>s through the same registration the API uses (<see cref="IHttpClientFactory"/>).</summary>
public static class Neo4jClients
{
    /// <summary>A client with the given options, an optional primary handler (canned responses) and an optional log sink.</summary>
    /// <returns>The client and the service provider that owns its HTTP handlers (dispose it after the test).</returns>
    public static (Neo4jGraphDatabase Database, ServiceProvider Provider) Create(
        Action<Neo4jOptions> configure, HttpMessageHandler? handler = null, ILoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        var http = services.AddNeo4jGraphDatabase();
        if (handler is not null)
        {
            http.ConfigurePrimaryHttpMessageHandler(() => handler);
        }

        services.Configure(configure);
        var provider = services.BuildServiceProvider();
        _ = provider.GetRequiredService<IOptions<Neo4jOptions>>();
        return (provider.GetRequiredService<Neo4jGraphDatabase>(), provider);
    }
}
