using GraphExplorer.Core.Export;
using GraphExplorer.Core.Import;
using GraphExplorer.Core.Tests.Support;
using GraphExplorer.Engine;

namespace GraphExplorer.Core.Tests.Import;

/// <summary><c>cypher/seed/seed.json</c> (the import format) and the seed scripts build the same graph; export round-trips.</summary>
public sealed class SeedDocumentTests(SeededGraphFixture seed) : IClassFixture<SeededGraphFixture>
{
    [Fact]
    public async Task Seed_json_builds_the_same_graph_as_the_seed_scripts()
    {
        await using var imported = EmbeddedGraphDatabase.CreateInMemory();
        var batch = await JsonImportReader.ReadFileAsync(CypherFolder.File("seed/seed.json"), CancellationToken.None);
        var report = await new GraphImporter(imported).ImportAsync([batch], null, CancellationToken.None);
        Assert.True(report.Complete, string.Join("\n", report.Issues));
        Assert.Equal((23, 53), (report.NodesCreated, report.RelationshipsCreated));
        Assert.Equal(await ExportAsync(seed.Database), await ExportAsync(imported));
    }

    [Fact]
    public async Task Importing_into_a_populated_graph_merges_and_changes_nothing()
    {
        await using var database = await TestGraph.CreateSeededAsync();
        var before = await ExportAsync(database);
        var batch = await JsonImportReader.ReadFileAsync(CypherFolder.File("seed/seed.json"), CancellationToken.None);
        var importer = new GraphImporter(database, batchSize: 7);
        var report = await importer.ImportAsync([batch], null, CancellationToken.None);
        Assert.False(importer.WasInitialLoad);
        Assert.Equal((0, 0), (report.NodesCreated, report.RelationshipsCreated));
        Assert.Equal((23, 53), (report.NodesImported, report.RelationshipsImported));
        Assert.Equal(before, await ExportAsync(database));
    }

    private static async Task<string> ExportAsync(Graph.IGraphDatabase database)
    {
        using var stream = new MemoryStream();
        await GraphExportWriter.WriteJsonAsync(await ExportedGraph.ReadAsync(database, CancellationToken.None), stream, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
