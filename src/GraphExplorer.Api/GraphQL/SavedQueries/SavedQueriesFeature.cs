namespace GraphExplorer.Api.GraphQL.SavedQueries;

/// <summary>The saved-script feature: <c>savedQueries</c> and <c>runSavedQuery</c> (fields in <c>QueryType.SavedQueries.cs</c>).</summary>
internal static class SavedQueriesFeature
{
    /// <summary>Registers the catalogue of saved scripts.</summary>
    public static IServiceCollection AddSavedQueries(this IServiceCollection services) => services.AddSingleton<SavedQueryCatalogProvider>();
}
