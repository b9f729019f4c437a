using GraphExplorer.Api.Configuration;
using GraphExplorer.Api.Database;
using GraphExplorer.Graph;

namespace GraphExplorer.Api.Extensions;

/// <summary>Registers the graph database, its start-up initialization and its health check.</summary>
internal static class GraphDatabaseExtensions
{
    /// <summary>
    /// Binds <see cref="GraphExplorerOptions"/>, registers the configured backend as the <see cref="IGraphDatabase"/>
    /// singleton (wrapped to count round trips per request), applies the schema and seed at start-up.
    /// </summary>
    public static WebApplicationBuilder AddGraphDatabase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphExplorerOptions>().Bind(builder.Configuration.GetSection(GraphExplorerOptions.SectionName));
        services.AddGraphBackends(builder.Configuration);
        services.AddSingleton(GraphDatabaseFactory.Open);
        services.AddHostedService<DatabaseInitializationService>();
        services.AddHealthChecks().AddCheck<GraphDatabaseHealthCheck>("graph");
        return builder;
    }
}
