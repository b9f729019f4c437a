using GraphExplorer.Core.Entities;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Model;

/// <summary>
/// The model feature: one root field, <c>model</c>, that serves the catalogue (<see cref="EntityCatalog"/>): the
/// entity types with the property that names each, and the relationship types with the labels at their ends. The
/// explorer page reads its types and relationship filters from it.
/// </summary>
internal static class ModelFeature
{
    /// <summary>The one value of the <c>model</c> field; its fields read the catalogue.</summary>
    public static readonly object Catalogue = new();

    /// <summary>Adds the feature's field to the root query.</summary>
    public static void AddFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ModelType>>("model")
            .Description("The data model (docs/data-model.md): its entity types and relationship types, as the API's catalogue describes them.")
            .Resolve(_ => Catalogue);
}
