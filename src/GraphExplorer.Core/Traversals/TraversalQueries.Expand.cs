using System.Globalization;
using System.Text;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Traversals;

/// <summary>One breadth-first level, the step that neighbourhoods and shortest paths are built from.</summary>
public sealed partial class TraversalQueries
{
    /// <summary>
    /// Every relationship the filter lets a traversal follow from the frontier nodes (by element id), with the node at
    /// its other end and that node's degree over the followed relationships (so that a supernode can be left
    /// unexpanded; 0 unless <paramref name="withDegree"/>: the last level of a neighbourhood expands nothing); at most <paramref name="fanOutCap"/> of them, <c>Truncated</c> when there were more.
    /// </summary>
    private async Task<(IReadOnlyList<TraversalStep> Steps, bool Truncated)> ExpandAsync(
        IReadOnlyCollection<string> frontier, TraversalFilter filter, int fanOutCap, bool withDegree, CancellationToken cancellationToken)
    {
        var types = TypeList(filter.RelationshipTypes);
        var cypher = new StringBuilder()
            .Append("MATCH (x) WHERE elementId(x) IN $frontier\n")
            .Append(CultureInfo.InvariantCulture, $"MATCH (x)-[r{types}]-(y)\n")
            .Append(Conditions(filter, "r", "y") is { Length: > 0 } conditions ? "WHERE " + conditions + "\n" : string.Empty)
            .Append("WITH x, r, y LIMIT $fanOut\n")
            .Append(CultureInfo.InvariantCulture, $"RETURN elementId(x) AS from, r, y, {(withDegree ? Degree(filter, "y") : "0")} AS degree")
            .ToString();
        var parameters = Parameters(filter);
        parameters["frontier"] = frontier.Cast<object?>().ToList();
        parameters["fanOut"] = (long)fanOutCap + 1;
        var result = await _database.RunAsync(cypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var steps = result.Rows
            .Take(fanOutCap)
            .Select(row => new TraversalStep((string)row[0]!, (GraphRelationship)row[1]!, (GraphNode)row[2]!, Convert.ToInt64(row[3], CultureInfo.InvariantCulture)))
            .ToList();
        return (steps, result.Rows.Count > fanOutCap);
    }

    /// <summary>The Cypher condition (empty: none) a relationship and the node it leads to must meet.</summary>
    private static string Conditions(TraversalFilter filter, string relationship, string node) =>
        string.Join(" AND ", new[] { RelationshipCondition(filter, relationship), NodeCondition(filter, node) }.Where(c => c.Length > 0));

    /// <summary>The Cypher condition (empty: none) a followed relationship meets: not provenance, in effect at the asked time.</summary>
    private static string RelationshipCondition(TraversalFilter filter, string relationship)
    {
        var conditions = new List<string>();
        if (!filter.IncludeSources)
        {
            conditions.Add($"type({relationship}) <> '{TraversalFilter.SourcedFrom}'");
        }

        if (filter.AsOf is not null)
        {
            // In effect at the asked interval [S, E] unless it started after E or ended before S; partial dates compare
            // as strings (see EncounterQueries for the prefix rule); an open end of the interval excludes nothing.
            conditions.Add($"({relationship}.since IS NULL OR $asOfEnd IS NULL OR toString({relationship}.since) <= $asOfEnd) "
                + $"AND ({relationship}.until IS NULL OR $asOfStart IS NULL OR toString({relationship}.until) >= left($asOfStart, size(toString({relationship}.until))))");
        }

        return string.Join(" AND ", conditions);
    }

    /// <summary>The Cypher condition (empty: none) a reached node meets: not a source unless sources are followed.</summary>
    private static string NodeCondition(TraversalFilter filter, string node) => filter.IncludeSources ? string.Empty : $"NOT {node}:Source";

    /// <summary>A Cypher expression: how many relationships the filter would follow from <paramref name="node"/> (any time).</summary>
    private static string Degree(TraversalFilter filter, string node) =>
        $"COUNT {{ ({node})-[degreeOf{TypeList(filter.RelationshipTypes)}]-() {(filter.IncludeSources ? string.Empty : $"WHERE type(degreeOf) <> '{TraversalFilter.SourcedFrom}' ")}}}";

    private static Dictionary<string, object?> Parameters(TraversalFilter filter) => new(StringComparer.Ordinal)
    {
        ["asOfStart"] = filter.AsOf?.StartText,
        ["asOfEnd"] = filter.AsOf?.EndText,
        ["supernode"] = (long)filter.SupernodeDegree,
    };

    /// <summary>A relationship read from a frontier node, the node at its other end and that node's degree.</summary>
    private readonly record struct TraversalStep(string From, GraphRelationship Relationship, GraphNode To, long Degree);
}
