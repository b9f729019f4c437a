using GraphExplorer.Core.Entities;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Model;

/// <summary>GraphQL type <c>ModelEntityType</c>.</summary>
internal sealed class ModelEntityType : ObjectGraphType<EntitySpec>
{
    public ModelEntityType()
    {
        Name = "ModelEntityType";
        Description = "An entity type: a node label and how its nodes are named.";
        Field("name", x => x.Label).Description("The label, also the GraphQL type name (`Official`); its `EntityType` value is the label in capitals.");
        Field(x => x.Description).Description("What an entity of this type is.");
        Field(x => x.DisplayProperty).Description("The property that names a node of this type: `name` or `title`.");
    }
}
