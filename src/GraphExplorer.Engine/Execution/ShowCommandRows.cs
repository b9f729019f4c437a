using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;

namespace GraphExplorer.Engine.Execution;

/// <summary>The rows of <c>SHOW CONSTRAINTS</c> and <c>SHOW INDEXES</c>, with Neo4j 5's column names.</summary>
internal static class ShowCommandRows
{
    /// <summary>The columns shown when no YIELD is written.</summary>
    public static IReadOnlyList<string> DefaultColumns(ShowKind kind) => kind == ShowKind.Constraints
        ? ["id", "name", "type", "entityType", "labelsOrTypes", "properties", "ownedIndex", "propertyType"]
        : ["id", "name", "state", "populationPercent", "type", "entityType", "labelsOrTypes", "properties", "indexProvider", "owningConstraint", "lastRead", "readCount"];

    /// <summary>Every column (for <c>YIELD *</c>).</summary>
    public static IReadOnlyList<string> AllColumns(ShowKind kind) => [.. DefaultColumns(kind), "options", "createStatement"];

    /// <summary>One row per rule, every column bound.</summary>
    public static IEnumerable<Row> Rows(GraphStore store, ShowKind kind) => kind == ShowKind.Constraints
        ? store.Constraints.OrderBy(c => c.Name, StringComparer.Ordinal).Select(ConstraintRow)
        : store.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal).Select(IndexRow);

    private static Row ConstraintRow(ConstraintRule rule)
    {
        var type = rule.Kind switch
        {
            ConstraintKind.Unique => rule.OnRelationship ? "RELATIONSHIP_UNIQUENESS" : "UNIQUENESS",
            ConstraintKind.NodeKey => rule.OnRelationship ? "RELATIONSHIP_KEY" : "NODE_KEY",
            _ => rule.OnRelationship ? "RELATIONSHIP_PROPERTY_EXISTENCE" : "NODE_PROPERTY_EXISTENCE",
        };
        var requirement = rule.Kind switch
        {
            ConstraintKind.Unique => "IS UNIQUE",
            ConstraintKind.NodeKey => rule.OnRelationship ? "IS RELATIONSHIP KEY" : "IS NODE KEY",
            _ => "IS NOT NULL",
        };
        var pattern = rule.OnRelationship ? $"()-[e:`{rule.LabelOrType}`]-()" : $"(n:`{rule.LabelOrType}`)";
        var variable = rule.OnRelationship ? "e" : "n";
        var properties = rule.Properties.Count == 1
            ? $"{variable}.`{rule.Properties[0]}`"
            : "(" + string.Join(", ", rule.Properties.Select(p => $"{variable}.`{p}`")) + ")";
        return Row.Of(
        [
            new("id", rule.Id),
            new("name", rule.Name),
            new("type", type),
            new("entityType", rule.OnRelationship ? "RELATIONSHIP" : "NODE"),
            new("labelsOrTypes", new List<object?> { rule.LabelOrType }),
            new("properties", rule.Properties.Cast<object?>().ToList()),
            new("ownedIndex", rule.IsUnique ? rule.Name : null),
            new("propertyType", null),
            new("options", new Dictionary<string, object?>()),
            new("createStatement", $"CREATE CONSTRAINT `{rule.Name}` FOR {pattern} REQUIRE {properties} {requirement}"),
        ]);
    }

    private static Row IndexRow(IndexRule rule)
    {
        var pattern = rule.OnRelationship
            ? $"()-[e:{string.Join("|", rule.LabelsOrTypes.Select(t => $"`{t}`"))}]-()"
            : $"(n:{string.Join("|", rule.LabelsOrTypes.Select(l => $"`{l}`"))})";
        var variable = rule.OnRelationship ? "e" : "n";
        var kind = rule.Kind.ToString().ToUpperInvariant();
        return Row.Of(
        [
            new("id", rule.Id),
            new("name", rule.Name),
            new("state", "ONLINE"),
            new("populationPercent", 100.0),
            new("type", kind),
            new("entityType", rule.OnRelationship ? "RELATIONSHIP" : "NODE"),
            new("labelsOrTypes", rule.LabelsOrTypes.Count == 0 ? null : rule.LabelsOrTypes.Cast<object?>().ToList()),
            new("properties", rule.Properties.Count == 0 ? null : rule.Properties.Cast<object?>().ToList()),
            new("indexProvider", rule.Kind switch
            {
                IndexKind.Text => "text-2.0",
                IndexKind.Fulltext => "fulltext-1.0",
                IndexKind.Point => "point-1.0",
                IndexKind.Lookup => "token-lookup-1.0",
                _ => "range-1.0",
            }),
            new("owningConstraint", rule.OwningConstraint),
            new("lastRead", null),
            new("readCount", null),
            new("options", rule.Kind == IndexKind.Fulltext ? FulltextIndexOptions.Shown : new Dictionary<string, object?>()),
            new("createStatement", rule.Kind == IndexKind.Fulltext
                ? $"CREATE FULLTEXT INDEX `{rule.Name}` FOR {pattern} ON EACH [{string.Join(", ", rule.Properties.Select(p => $"{variable}.`{p}`"))}] {FulltextIndexOptions.ShownText}"
                : $"CREATE {kind} INDEX `{rule.Name}` FOR {pattern} ON ({string.Join(", ", rule.Properties.Select(p => $"{variable}.`{p}`"))})"),
        ]);
    }
}
