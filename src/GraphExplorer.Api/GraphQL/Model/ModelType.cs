using GraphExplorer.Core.Entities;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Model;

/// <summary>GraphQL type <c>Model</c>.</summary>
internal sealed class ModelType : ObjectGraphType<object>
{
    public ModelType()
    {
        Name = "Model";
        Description = "The entity types and relationship types of the graph.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelEntityType>>>>("entityTypes")
            .Description("Every entity type (node label), in the model's order.")
            .Resolve(_ => EntityCatalog.Entities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelRelationshipType>>>>("relationshipTypes")
            .Description("Every relationship type, in the model's order.")
            .Resolve(_ => EntityCatalog.Relationships);
    }
}
