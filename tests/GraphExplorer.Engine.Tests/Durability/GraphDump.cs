using System.Globalization;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Tests.Durability;

/// <summary>A readable, ordered dump of a whole graph and its schema, to compare a store before and after recovery.</summary>
internal static class GraphDump
{
    public static Task<string> OfAsync(EmbeddedGraphDatabase database) =>
        DumpAsync(database, Text, "name, type, labelsOrTypes, properties", "name", string.Empty, string.Empty);

    /// <summary>A dump with each value's type and the schema rules' ids, so a value that comes back as another type (1 as 1.0, a TIME as a DATETIME) shows.</summary>
    public static Task<string> TypedAsync(EmbeddedGraphDatabase database) =>
        DumpAsync(database, TypedText, "id, name, type, entityType, labelsOrTypes, properties", "id", ", ownedIndex", ", owningConstraint");

    private static async Task<string> DumpAsync(EmbeddedGraphDatabase database, Func<object?, string> text, string schemaColumns, string schemaOrder, string constraintColumn, string indexColumn)
    {
        var lines = new List<string>();
        var nodes = await database.RunAsync("MATCH (n) RETURN id(n), labels(n), properties(n) ORDER BY id(n)", mode: Graph.AccessMode.Read);
        lines.AddRange(nodes.Rows.Select(r => $"node {r[0]} {text(r[1])} {text(r[2])}"));
        var relationships = await database.RunAsync(
            "MATCH (a)-[r]->(b) RETURN id(r), type(r), id(a), id(b), properties(r) ORDER BY id(r)", mode: Graph.AccessMode.Read);
        lines.AddRange(relationships.Rows.Select(r => $"rel {r[0]} {r[1]} {r[2]}->{r[3]} {text(r[4])}"));
        var constraints = await database.RunAsync(
            $"SHOW CONSTRAINTS YIELD {schemaColumns}{constraintColumn} RETURN * ORDER BY {schemaOrder}", mode: Graph.AccessMode.Read);
        lines.AddRange(constraints.Rows.Select(r => "constraint " + string.Join(" ", r.Select(text))));
        var indexes = await database.RunAsync(
            $"SHOW INDEXES YIELD {schemaColumns}{indexColumn} RETURN * ORDER BY {schemaOrder}", mode: Graph.AccessMode.Read);
        lines.AddRange(indexes.Rows.Select(r => "index " + string.Join(" ", r.Select(text))));
        return string.Join("\n", lines);
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {Text(e.Value)}")) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Text)) + "]",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string TypedText(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        bool b => b ? "true" : "false",
        byte[] bytes => "bytes:" + Convert.ToHexString(bytes),
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {TypedText(e.Value)}")) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(TypedText)) + "]",
        double d => "float:" + d.ToString("R", CultureInfo.InvariantCulture),
        long l => "int:" + l.ToString(CultureInfo.InvariantCulture),
        DateTimeOffset o => "datetime:" + o.ToString("O", CultureInfo.InvariantCulture),
        DateTime t => "localdatetime:" + t.ToString("O", CultureInfo.InvariantCulture) + ":" + t.Kind,
        DateOnly d => "date:" + d.ToString("O", CultureInfo.InvariantCulture),
        TimeOnly t => "localtime:" + t.ToString("O", CultureInfo.InvariantCulture),
        CypherDuration d => $"duration:{d.Months},{d.Days},{d.Seconds},{d.Nanoseconds}",
        CypherPoint p => FormattableString.Invariant($"point:{p.Srid},{p.X:R},{p.Y:R},{p.Z:R}"),
        _ => value.GetType().Name + ":" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
