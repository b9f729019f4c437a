using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Tests.Support;
using GraphExplorer.Graph;

namespace GraphExplorer.Core.Tests.Entities;

/// <summary>Entity writes: refused commands store nothing; import is idempotent.</summary>
public sealed class EntityCommandsTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];

    private static async Task<long> CountAsync(IGraphDatabase database) =>
        (long)(await database.RunAsync("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + count(r) AS c", null, AccessMode.Read)).Rows[0][0]!;

    [Fact]
    public async Task Refused_commands_leave_the_graph_as_it_was()
    {
        await using var database = await TestGraph.CreateSeededAsync();
        var commands = new EntityCommands(database);
        var before = await CountAsync(database);

        var duplicate = await commands.CreateAsync("Country", "country-xk", new Dictionary<string, object?> { ["name"] = "Again" }, [], CancellationToken.None);
        var missingSource = await commands.CreateAsync("Country", "country-new", new Dictionary<string, object?> { ["name"] = "New" }, ["source-missing"], CancellationToken.None);
        var unknown = await commands.UpdateAsync("Country", "country-none", new Dictionary<string, object?> { ["name"] = "X" }, [], CancellationToken.None);
        var dangling = await commands.ConnectAsync(EntityCatalog.Relationship("HOLDS")!, "official-faruk-geci", "country-xk", NoProperties, [], CancellationToken.None);
        var absent = await commands.DisconnectAsync(EntityCatalog.Relationship("HOLDS")!, "official-faruk-geci", "position-minister-defence-xk", CancellationToken.None);

        Assert.Equal(EntityErrorCodes.DuplicateId, Assert.Single(duplicate.Errors).Code);
        Assert.Equal("sources[0]", Assert.Single(missingSource.Errors).Field);
        Assert.Equal(EntityErrorCodes.NotFound, Assert.Single(unknown.Errors).Code);
        Assert.Equal("to", Assert.Single(dangling.Errors).Field);
        Assert.Equal(EntityErrorCodes.NotFound, Assert.Single(absent.Errors).Code);
        Assert.Equal(before, await CountAsync(database));
    }

    [Fact]
    public async Task Importing_the_same_document_twice_creates_nothing_the_second_time()
    {
        await using var database = await TestGraph.CreateSeededAsync();
        var commands = new EntityCommands(database);
        var document = new ImportDocument(
            new ImportEntity("Source", "source-test", new Dictionary<string, object?> { ["title"] = "Test" }),
            [new ImportEntity("Topic", "topic-test", new Dictionary<string, object?> { ["name"] = "Test topic" })],
            [new ImportRelationship("COVERS", "declaration-2025-trilateral-defence", "topic-test", NoProperties)]);

        var first = await commands.ImportAsync(document, CancellationToken.None);
        var count = await CountAsync(database);
        var second = await commands.ImportAsync(document, CancellationToken.None);

        Assert.Equal((2, 2), (first.Value!.NodesCreated, first.Value.RelationshipsCreated));
        Assert.Equal((0, 0), (second.Value!.NodesCreated, second.Value.RelationshipsCreated));
        Assert.Equal(count, await CountAsync(database));
        var sources = (await database.RunAsync("MATCH (:Declaration)-[r:COVERS]->(:Topic {id: 'topic-test'}) RETURN r.sources AS s")).Rows[0][0];
        Assert.Equal(["source-test"], ((IEnumerable<object?>)sources!).Cast<string>());
    }

    [Theory]
    [InlineData("2025", true)]
    [InlineData("2025-06", true)]
    [InlineData("2025-06-12", true)]
    [InlineData("12.06.2025", false)]
    [InlineData("2025-13", false)]
    public void Partial_dates_are_recognised(string text, bool valid) => Assert.Equal(valid, EntityCommands.IsPartialDate(text));
}
