using GraphExplorer.Api.Configuration;
using GraphExplorer.Api.Database;
using GraphExplorer.Core.Encounters;
using GraphExplorer.Graph;

namespace GraphExplorer.Api.Extensions;

/// <summary>Registers the graph database, its start-up initialization, its health check and the use cases over it.</summary>
internal static class GraphDatabaseExtensions
{
    /// <summary>
    /// Binds <see cref="GraphExplorerOptions"/>, registers the configured backend as the <see cref="IGraphDatabase"/>
    /// singleton (wrapped to count round trips per request), applies the schema and seed at start-up,
    /// and adds the use cases that run over it.
    /// </summary>
    public static WebApplicationBuilder AddGraphDatabase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphExplorerOptions>().Bind(builder.Configuration.GetSection(GraphExplorerOptions.SectionName));
        services.AddGraphBackends(builder.Configuration);
        services.AddSingleton(GraphDatabaseFactory.Open);
        services.AddHostedService<DatabaseInitializationService>();
        services.AddHealthChecks().AddCheck<GraphDatabaseHealthCheck>("graph");
        services.AddSingleton<EncounterQueries>();
        return builder;
    }
}
