using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>GraphQL type <c>Graph</c>.</summary>
internal sealed class GraphResultType : ObjectGraphType<GraphModel>
{
    public GraphResultType()
    {
        Name = "Graph";
        Description = "A deduplicated subgraph, ready to draw (Cytoscape.js, vis-network): nodes, the edges between them, and whether a limit cut it.";
        Field(x => x.Nodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>)).Description("Each node once, nearest first.");
        Field(x => x.Edges, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeType>>>)).Description("Each edge once; both its ends are among the nodes.");
        Field(x => x.Truncated).Description("Whether the node limit, the fan-out cap or a supernode (listed in `unexpanded`) left out part of the answer.");
        Field(x => x.Unexpanded, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>))
            .Description("The ids of the nodes shown but not expanded because they have more relationships than the configured supernode degree (`GraphExplorer:Traversals:SupernodeDegree`); empty when none.");
    }
}
