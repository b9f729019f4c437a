using System.Text;
using GraphExplorer.Core.Export;
using GraphExplorer.Core.Import;
using GraphExplorer.Engine;
using GraphExplorer.Graph;

namespace GraphExplorer.Core.Tests.Import;

/// <summary>On the embedded engine the importer writes through the native bulk writer, with the same graph and report as its Cypher path.</summary>
public sealed class NativeImportTests
{
    private const string Schema = """
        CREATE CONSTRAINT country_id FOR (c:Country) REQUIRE c.id IS UNIQUE;
        CREATE CONSTRAINT country_iso FOR (c:Country) REQUIRE c.isoCode IS UNIQUE;
        CREATE CONSTRAINT source_id FOR (s:Source) REQUIRE s.id IS UNIQUE
        """;

    // Rows folded on an initial load (country-xk and xk→al twice), a node batch refused by the isoCode constraint
    // (lines 6–7 with batch size 3), missing ends, a bad row, and a hub (every country SOURCED_FROM one Source).
    private const string First = """
        {"format": "graphexplorer-import/1",
        "nodes": [
        {"label": "Source", "id": "s1", "properties": {"title": "Synthetic", "language": "en"}},
        {"label": "Country", "id": "country-xk", "properties": {"name": "Kosovo", "isoCode": "XK", "aliases": ["Republic of Kosovo"]}},
        {"label": "Country", "id": "country-al", "properties": {"name": "Albania", "isoCode": "AL"}},
        {"label": "Country", "id": "country-hr", "properties": {"name": "Croatia", "isoCode": "HR"}},
        {"label": "Country", "id": "country-rs", "properties": {"name": "Serbia", "isoCode": "XK"}},
        {"label": "Country", "id": "country-xk", "properties": {"population": 1760000, "area": 10887.0}},
        {"label": "Country", "properties": {"name": "no id"}}
        ],
        "relationships": [
        {"type": "NEIGHBOUR_OF", "fromLabel": "Country", "from": "country-xk", "toLabel": "Country", "to": "country-al", "properties": {"since": "2008"}},
        {"type": "NEIGHBOUR_OF", "fromLabel": "Country", "from": "country-xk", "toLabel": "Country", "to": "country-rs"},
        {"type": "SOURCED_FROM", "fromLabel": "Country", "from": "country-xk", "toLabel": "Source", "to": "s1", "properties": {"sources": ["s1"]}},
        {"type": "SOURCED_FROM", "fromLabel": "Country", "from": "country-al", "toLabel": "Source", "to": "s1", "properties": {"sources": ["s1"]}},
        {"type": "NEIGHBOUR_OF", "fromLabel": "Country", "from": "country-xk", "toLabel": "Country", "to": "country-al", "properties": {"border": 114.5}},
        {"type": "SOURCED_FROM", "fromLabel": "Country", "from": "country-hr", "toLabel": "Source", "to": "s1"}
        ]}
        """;

    // Into the graph First built: matches, property updates, one new node and relationship.
    private const string Second = """
        {"format": "graphexplorer-import/1",
        "nodes": [
        {"label": "Country", "id": "country-al", "properties": {"name": "Albania, Republic of"}},
        {"label": "Country", "id": "country-me", "properties": {"name": "Montenegro", "isoCode": "ME"}}
        ],
        "relationships": [
        {"type": "NEIGHBOUR_OF", "fromLabel": "Country", "from": "country-xk", "toLabel": "Country", "to": "country-al", "properties": {"since": "2008-02"}},
        {"type": "NEIGHBOUR_OF", "fromLabel": "Country", "from": "country-al", "toLabel": "Country", "to": "country-me"},
        {"type": "SOURCED_FROM", "fromLabel": "Country", "from": "country-me", "toLabel": "Source", "to": "s2"}
        ]}
        """;

    [Fact]
    public async Task The_embedded_engine_gets_the_native_path_and_the_same_graph_and_report_as_the_cypher_path()
    {
        var native = await ImportBothAsync(database => database);
        var cypher = await ImportBothAsync(database => new CypherOnlyDatabase(database));

        Assert.Equal([true, true], native.UsedBulkWriter);
        Assert.Equal([false, false], cypher.UsedBulkWriter);
        Assert.Equal(cypher.Reports, native.Reports);
        Assert.Equal(cypher.Exports, native.Exports);

        // The figures themselves, so both paths cannot agree on something wrong.
        var first = native.Reports[0];
        Assert.Contains("NodesImported = 3, RelationshipsImported = 3, NodesCreated = 3, RelationshipsCreated = 3", first, StringComparison.Ordinal);
        Assert.Contains("first.json:6: batch of 2 nodes (lines 6–7) rolled back: Neo.ClientError.Schema.ConstraintValidationFailed", first, StringComparison.Ordinal);
        Assert.Contains("first.json:9: node has no \"id\"", first, StringComparison.Ordinal);
        Assert.Contains("first.json:13: NEIGHBOUR_OF not imported: no Country 'country-xk' or no Country 'country-rs'", first, StringComparison.Ordinal);
        Assert.Contains("first.json:17: SOURCED_FROM not imported", first, StringComparison.Ordinal);
        Assert.Contains("NodesImported = 2, RelationshipsImported = 2, NodesCreated = 1, RelationshipsCreated = 1", native.Reports[1], StringComparison.Ordinal);
        Assert.Contains("second.json:9: SOURCED_FROM not imported: no Country 'country-me' or no Source 's2'", native.Reports[1], StringComparison.Ordinal);
        Assert.Contains("\"border\":114.5", native.Exports[1], StringComparison.Ordinal);
        Assert.Contains("\"since\":\"2008-02\"", native.Exports[1], StringComparison.Ordinal);
    }

    private static async Task<(List<bool> UsedBulkWriter, List<string> Reports, List<string> Exports)> ImportBothAsync(Func<IGraphDatabase, IGraphDatabase> wrap)
    {
        var used = new List<bool>();
        var reports = new List<string>();
        var exports = new List<string>();
        await using var engine = EmbeddedGraphDatabase.CreateInMemory();
        foreach (var statement in Schema.Split(';'))
        {
            await engine.RunAsync(statement);
        }

        var database = wrap(engine);
        foreach (var (name, text) in new[] { ("first.json", First), ("second.json", Second) })
        {
            var batch = JsonImportReader.Read(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")), name);
            var importer = new GraphImporter(database, batchSize: 3);
            var report = await importer.ImportAsync([batch], null, CancellationToken.None);
            used.Add(importer.UsedBulkWriter);
            reports.Add($"{report with { Elapsed = TimeSpan.Zero, Issues = [] }} {string.Join(" | ", report.Issues)}");
            exports.Add(await ExportAsync(engine));
        }

        return (used, reports, exports);
    }

    private static async Task<string> ExportAsync(IGraphDatabase database)
    {
        using var stream = new MemoryStream();
        await GraphExportWriter.WriteJsonAsync(await ExportedGraph.ReadAsync(database, CancellationToken.None), stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
