using GraphExplorer.Api.GraphQL.Encounters;
using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.SavedQueries;
using GraphExplorer.Api.GraphQL.Traversals;

namespace GraphExplorer.Api.GraphQL;

/// <summary>
/// The one list of GraphQL features. Each feature is a folder under <c>GraphQL/</c> with its types, argument readers
/// and an <c>XxxFeature</c> class that registers its services; its root fields are added by <see cref="QueryType"/>
/// in the same order (see the API's README, "To add a field").
/// </summary>
internal static class GraphQLFeatures
{
    /// <summary>Registers every feature's services.</summary>
    public static IServiceCollection AddGraphQLFeatures(this IServiceCollection services) => services
        .AddEntities()
        .AddTraversals()
        .AddEncounters()
        .AddSavedQueries();
}
