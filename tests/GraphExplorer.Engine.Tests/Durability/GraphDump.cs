namespace GraphExplorer.Engine.Tests.Durability;

/// <summary>A readable, ordered dump of a whole graph and its schema, to compare a store before and after recovery.</summary>
internal static class GraphDump
{
    public static async Task<string> OfAsync(EmbeddedGraphDatabase database)
    {
        var lines = new List<string>();
        var nodes = await database.RunAsync("MATCH (n) RETURN id(n), labels(n), properties(n) ORDER BY id(n)", mode: Graph.AccessMode.Read);
        lines.AddRange(nodes.Rows.Select(r => $"node {r[0]} {Text(r[1])} {Text(r[2])}"));
        var relationships = await database.RunAsync(
            "MATCH (a)-[r]->(b) RETURN id(r), type(r), id(a), id(b), properties(r) ORDER BY id(r)", mode: Graph.AccessMode.Read);
        lines.AddRange(relationships.Rows.Select(r => $"rel {r[0]} {r[1]} {r[2]}->{r[3]} {Text(r[4])}"));
        var constraints = await database.RunAsync("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name", mode: Graph.AccessMode.Read);
        lines.AddRange(constraints.Rows.Select(r => "constraint " + string.Join(" ", r.Select(Text))));
        var indexes = await database.RunAsync("SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name", mode: Graph.AccessMode.Read);
        lines.AddRange(indexes.Rows.Select(r => "index " + string.Join(" ", r.Select(Text))));
        return string.Join("\n", lines);
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {Text(e.Value)}")) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Text)) + "]",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
