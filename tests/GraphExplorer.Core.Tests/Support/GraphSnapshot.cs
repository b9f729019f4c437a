using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Tests.Support;

/// <summary>
/// Every node and relationship of a database, read with two plain statements, so tests check the data in C#
/// rather than depend on more of the engine's Cypher than the seed itself needs.
/// </summary>
internal sealed class GraphSnapshot
{
    private readonly Dictionary<string, GraphNode> _nodesByElementId;

    private GraphSnapshot(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships)
    {
        Nodes = nodes;
        Relationships = relationships;
        _nodesByElementId = nodes.ToDictionary(n => n.ElementId, StringComparer.Ordinal);
    }

    public IReadOnlyList<GraphNode> Nodes { get; }

    public IReadOnlyList<GraphRelationship> Relationships { get; }

    /// <summary>How many properties all nodes and relationships hold together.</summary>
    public int PropertyCount => Nodes.Sum(n => n.Properties.Count) + Relationships.Sum(r => r.Properties.Count);

    public static async Task<GraphSnapshot> LoadAsync(IGraphDatabase database)
    {
        var nodes = await database.RunAsync("MATCH (n) RETURN n", mode: AccessMode.Read);
        var relationships = await database.RunAsync("MATCH (a)-[r]->(b) RETURN r", mode: AccessMode.Read);
        return new GraphSnapshot(
            [.. nodes.Rows.Select(row => (GraphNode)row[0]!)],
            [.. relationships.Rows.Select(row => (GraphRelationship)row[0]!)]);
    }

    /// <summary>The node with the given <c>id</c> property (fails unless there is exactly one).</summary>
    public GraphNode Node(string id) => Assert.Single(Nodes, n => IdOf(n) == id);

    /// <summary>The nodes with the given label.</summary>
    public IReadOnlyList<GraphNode> NodesLabelled(string label) => [.. Nodes.Where(n => n.Labels.Contains(label))];

    /// <summary>The relationships of a type, with the ids of their start and end nodes.</summary>
    public IReadOnlyList<Link> Edges(string type) =>
        [.. Relationships.Where(r => r.Type == type).Select(ToEdge)];

    /// <summary>The one relationship of <paramref name="type"/> from <paramref name="fromId"/> to <paramref name="toId"/>.</summary>
    public GraphRelationship Edge(string fromId, string type, string toId) =>
        Assert.Single(Edges(type), e => e.From == fromId && e.To == toId).Relationship;

    /// <summary>The ids of the nodes <paramref name="fromId"/> points to with <paramref name="type"/>, sorted.</summary>
    public IReadOnlyList<string> Targets(string fromId, string type) =>
        [.. Edges(type).Where(e => e.From == fromId).Select(e => e.To).Order(StringComparer.Ordinal)];

    /// <summary>The ids of the nodes pointing at <paramref name="toId"/> with <paramref name="type"/>, sorted.</summary>
    public IReadOnlyList<string> Origins(string type, string toId) =>
        [.. Edges(type).Where(e => e.To == toId).Select(e => e.From).Order(StringComparer.Ordinal)];

    public GraphNode NodeOf(string elementId) => _nodesByElementId[elementId];

    public static string? IdOf(GraphNode node) => node.Properties.TryGetValue("id", out var id) ? id as string : null;

    private Link ToEdge(GraphRelationship relationship) =>
        new(IdOf(NodeOf(relationship.StartElementId)) ?? "", relationship, IdOf(NodeOf(relationship.EndElementId)) ?? "");

    /// <summary>A relationship with its end nodes' ids.</summary>
    internal sealed record Link(string From, GraphRelationship Relationship, string To);
}
