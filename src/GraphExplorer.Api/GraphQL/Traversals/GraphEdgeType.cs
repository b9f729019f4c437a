using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>GraphQL type <c>GraphEdge</c>.</summary>
internal sealed class GraphEdgeType : ObjectGraphType<GraphEdgeModel>
{
    public GraphEdgeType()
    {
        Name = "GraphEdge";
        Description = "A relationship of a graph-shaped result.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("A stable opaque id of the relationship.");
        Field(x => x.Type).Description("The relationship type, e.g. `ATTENDED`, `HOLDS`.");
        Field(x => x.Source, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the node it starts at.");
        Field(x => x.Target, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the node it ends at.");
        Field(x => x.Properties, type: typeof(NonNullGraphType<JsonGraphType>)).Description("Its properties, e.g. tenure dates, delegation role, sources.");
    }
}
