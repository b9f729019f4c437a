namespace GraphExplorer.Api.GraphQL.SavedQueries;

/// <summary>The saved-script feature: <c>savedQueries</c> and <c>runSavedQuery</c> (fields in <c>SavedQueriesFeature.Fields.cs</c>).</summary>
internal static partial class SavedQueriesFeature
{
    /// <summary>Registers the catalogue of saved scripts.</summary>
    public static IServiceCollection AddSavedQueries(this IServiceCollection services) => services.AddSingleton<SavedQueryCatalogProvider>();
}
