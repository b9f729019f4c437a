using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Storage;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>
/// <c>shortestPath((a)-[*]-(b))</c> / <c>allShortestPaths(…)</c> between two bound nodes: a breadth-first
/// search that keeps every predecessor reached at the minimal depth, then yields one or all shortest paths.
/// </summary>
internal sealed partial class ShortestPathOperator : Operator
{
    private readonly Operator _source;

    public ShortestPathOperator(Operator source, Hop hop, long min, long? max, bool all, string? pathVariable)
        : base(source)
    {
        _source = source;
        Hop = hop;
        Min = min;
        Max = max;
        All = all;
        PathVariable = pathVariable;
    }

    public Hop Hop { get; }

    public long Min { get; }

    public long? Max { get; }

    public bool All { get; }

    public string? PathVariable { get; }

    /// <inheritdoc />
    public override string Name => All ? "AllShortestPaths" : "ShortestPath";

    /// <inheritdoc />
    public override string Details => Hop.Describe("*");

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in _source.Execute(context, argument))
        {
            if (row[Hop.From] is not StoredNode from || row[Hop.To] is not StoredNode to)
            {
                if (!Hop.ToIsBound)
                {
                    throw EngineErrors.NotSupported("shortestPath with an unbound end node");
                }

                continue;
            }

            var properties = Hop.RelationshipFilter.PropertiesFor(context, row);
            foreach (var relationships in Search(context, from, to, properties))
            {
                var list = relationships.Cast<object?>().ToList();
                var result = row.With(Hop.Relationship, list);
                if (PathVariable is not null)
                {
                    var nodes = new List<StoredNode> { from };
                    var current = from;
                    foreach (var relationship in relationships)
                    {
                        current = relationship.Other(current);
                        nodes.Add(current);
                    }

                    result = result.With(PathVariable, new PathValue(nodes, relationships));
                }

                yield return result;
                if (!All)
                {
                    break;
                }
            }
        }
    }

    private List<List<StoredRelationship>> Search(ExecutionContext context, StoredNode from, StoredNode to, KeyValuePair<string, object?>[]? properties)
    {
        if (ReferenceEquals(from, to) && Min == 0)
        {
            return [[]];
        }

        if (!All && Min <= 1)
        {
            return SearchBothWays(context, from, to, properties) is { } path ? [path] : [];
        }

        var predecessors = new Dictionary<StoredNode, List<(StoredRelationship, StoredNode)>>(ReferenceEqualityComparer.Instance) { [from] = [] };
        var frontier = new List<StoredNode> { from };
        var depth = 0;
        var found = false;
        while (frontier.Count > 0 && !found && (Max is null || depth < Max))
        {
            depth++;
            var reachedNow = new Dictionary<StoredNode, List<(StoredRelationship, StoredNode)>>(ReferenceEqualityComparer.Instance);
            foreach (var node in frontier)
            {
                foreach (var (relationship, other) in Hop.Around(node, Hop.Direction, snapshot: !context.ReadOnly))
                {
                    context.Tick();
                    if (relationship.IsDeleted || predecessors.ContainsKey(other)
                        || !EntityFilter.RelationshipMatches(relationship, Hop.RelationshipFilter.LabelsOrTypes, properties))
                    {
                        continue;
                    }

                    if (!reachedNow.TryGetValue(other, out var list))
                    {
                        list = [];
                        reachedNow[other] = list;
                    }

                    list.Add((relationship, node));
                }
            }

            foreach (var (node, list) in reachedNow)
            {
                predecessors[node] = list;
            }

            found = reachedNow.ContainsKey(to);
            frontier = [.. reachedNow.Keys];
        }

        if (!found || depth < Min)
        {
            return [];
        }

        var paths = new List<List<StoredRelationship>>();
        Unwind(to, from, predecessors, [], paths);
        return paths;
    }

    private void Unwind(
        StoredNode node,
        StoredNode from,
        Dictionary<StoredNode, List<(StoredRelationship Relationship, StoredNode Previous)>> predecessors,
        List<StoredRelationship> suffix,
        List<List<StoredRelationship>> paths)
    {
        if (ReferenceEquals(node, from))
        {
            var path = new List<StoredRelationship>(suffix);
            path.Reverse();
            paths.Add(path);
            return;
        }

        foreach (var (relationship, previous) in predecessors[node])
        {
            suffix.Add(relationship);
            Unwind(previous, from, predecessors, suffix, paths);
            suffix.RemoveAt(suffix.Count - 1);
            if (!All && paths.Count > 0)
            {
                return;
            }
        }
    }
}
