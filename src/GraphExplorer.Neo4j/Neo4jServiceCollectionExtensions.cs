using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j;

/// <summary>Registers the Neo4j client: its named <see cref="HttpClient"/> and the <see cref="Neo4jGraphDatabase"/> singleton.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="Neo4jGraphDatabase"/> (built from <c>IOptions&lt;Neo4jOptions&gt;</c>; bind or configure them
    /// separately) and its <see cref="HttpClient"/>, with no timeout of its own: the client applies
    /// <see cref="Neo4jOptions.RequestTimeout"/> per request.
    /// </summary>
    /// <returns>The HTTP client's builder, e.g. to set the primary handler.</returns>
    public static IHttpClientBuilder AddNeo4jGraphDatabase(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>();
        services.AddSingleton(provider => new Neo4jGraphDatabase(
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetRequiredService<IOptions<Neo4jOptions>>().Value,
            provider.GetService<ILogger<Neo4jGraphDatabase>>()));
        return services.AddHttpClient(Neo4jGraphDatabase.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
    }
}
