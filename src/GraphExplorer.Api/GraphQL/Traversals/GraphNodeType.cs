using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>GraphQL type <c>GraphNode</c>.</summary>
internal sealed class GraphNodeType : ObjectGraphType<GraphNodeModel>
{
    public GraphNodeType()
    {
        Name = "GraphNode";
        Description = "A node of a graph-shaped result.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entity's global id (the one `node(id)` takes).");
        Field(x => x.Type, type: typeof(NonNullGraphType<EntityTypeEnum>)).Description("What kind of entity it is.");
        Field(x => x.Label).Description("Its display name: the name, or the title of a position, declaration, meeting or source.");
        Field(x => x.Properties, type: typeof(NonNullGraphType<JsonGraphType>)).Description("All its properties; dates as (possibly partial) ISO strings.");
    }
}
