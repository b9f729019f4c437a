using GraphExplorer.Core.Entities;

namespace GraphExplorer.Api.GraphQL.Entities;

/// <summary>The entity feature: Relay <c>node</c>/<c>nodes</c>, one connection per label, mutations (fields in <c>EntitiesFeature.Fields.cs</c>).</summary>
internal static partial class EntitiesFeature
{
    /// <summary>Registers the entity types built from the model catalogue, the use cases and the per-request batch loader.</summary>
    public static IServiceCollection AddEntities(this IServiceCollection services)
    {
        services.AddSingleton<EntityGraphTypes>();
        services.AddSingleton<EntityQueries>();
        services.AddSingleton<EntityCommands>();
        services.AddScoped<EntityBatchLoader>();
        return services;
    }
}
