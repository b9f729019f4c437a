using GraphExplorer.Api.Auth;
using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Core.Entities;

namespace GraphExplorer.Api.Extensions;

/// <summary>Registers the entity API: its GraphQL types, use cases, per-request batch loader, authentication and CORS.</summary>
internal static class EntityExtensions
{
    /// <summary>Adds the entity types and use cases, and (through a startup filter) CORS and authentication in front of the endpoints.</summary>
    public static WebApplicationBuilder AddEntities(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<EntityGraphTypes>();
        services.AddSingleton<EntityQueries>();
        services.AddSingleton<EntityCommands>();
        services.AddScoped<EntityBatchLoader>();
        services.AddGraphExplorerAuthentication(builder.Configuration);
        services.AddGraphExplorerCors(builder.Configuration, builder.Environment);
        services.AddTransient<IStartupFilter, EntityStartupFilter>();
        return builder;
    }
}
