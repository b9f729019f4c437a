namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>A graph-shaped result, ready for Cytoscape.js or vis-network.</summary>
/// <param name="Nodes">Each node once, nearest first.</param>
/// <param name="Edges">Each edge once; both its ends are among the nodes.</param>
/// <param name="Truncated">Whether a limit, the fan-out cap or a supernode left out part of the answer.</param>
/// <param name="Unexpanded">The global ids of the supernodes among the nodes whose relationships were not followed.</param>
internal sealed record GraphModel(IReadOnlyList<GraphNodeModel> Nodes, IReadOnlyList<GraphEdgeModel> Edges, bool Truncated, IReadOnlyList<string> Unexpanded);

/// <summary>A node of a graph-shaped result.</summary>
/// <param name="Id">Its Relay global id.</param>
/// <param name="Type">Its label (<c>Country</c>, <c>Official</c>, …).</param>
/// <param name="Label">Its display name.</param>
/// <param name="Properties">Its properties as JSON values (dates as ISO strings).</param>
internal sealed record GraphNodeModel(string Id, string Type, string Label, IReadOnlyDictionary<string, object?> Properties);

/// <summary>An edge of a graph-shaped result.</summary>
/// <param name="Id">A stable opaque id of the relationship.</param>
/// <param name="Type">The relationship type (<c>ATTENDED</c>, …).</param>
/// <param name="Source">The global id of the start node.</param>
/// <param name="Target">The global id of the end node.</param>
/// <param name="Properties">Its properties as JSON values.</param>
internal sealed record GraphEdgeModel(string Id, string Type, string Source, string Target, IReadOnlyDictionary<string, object?> Properties);

/// <summary>One search hit.</summary>
internal sealed record SearchHitModel(string Id, string Type, string Label, double Score);
