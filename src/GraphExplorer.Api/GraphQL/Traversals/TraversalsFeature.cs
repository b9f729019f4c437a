using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>The traversal feature: <c>neighborhood</c>, <c>paths</c> and <c>search</c> (fields in <c>TraversalsFeature.Fields.cs</c>).</summary>
internal static partial class TraversalsFeature
{
    /// <summary>Registers the traversal and search use cases and their options (section <c>GraphExplorer:Traversals</c>).</summary>
    public static IServiceCollection AddTraversals(this IServiceCollection services)
    {
        services.AddOptions<TraversalOptions>().BindConfiguration(TraversalOptions.SectionName);
        services.AddSingleton<TraversalQueries>();
        services.AddSingleton<SearchQueries>();
        return services;
    }
}
