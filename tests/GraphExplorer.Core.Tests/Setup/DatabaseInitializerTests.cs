using GraphExplorer.Core.Scripts;
using GraphExplorer.Core.Setup;
using GraphExplorer.Core.Tests.Support;
using GraphExplorer.Engine;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Core.Tests.Setup;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task First_run_applies_schema_and_every_seed_statement()
    {
        await using var database = EmbeddedGraphDatabase.CreateInMemory();

        var report = await DatabaseInitializer.InitializeAsync(database, CypherFolder.Path, CancellationToken.None);

        Assert.Equal(new InitializationReport(20, 76, Seeded: true), report);
        var snapshot = await GraphSnapshot.LoadAsync(database);
        Assert.Equal(23, snapshot.Nodes.Count);
        Assert.Equal(53, snapshot.Relationships.Count);
    }

    [Fact]
    public async Task Second_run_applies_the_schema_again_but_does_not_seed()
    {
        await using var database = await TestGraph.CreateSeededAsync();
        var before = await GraphSnapshot.LoadAsync(database);

        var report = await DatabaseInitializer.InitializeAsync(database, CypherFolder.Path, CancellationToken.None);

        Assert.Equal(new InitializationReport(20, 0, Seeded: false), report);
        var after = await GraphSnapshot.LoadAsync(database);
        Assert.Equal(before.Nodes.Count, after.Nodes.Count);
        Assert.Equal(before.Relationships.Count, after.Relationships.Count);
        Assert.Equal(before.PropertyCount, after.PropertyCount);
    }

    [Fact]
    public async Task A_graph_with_data_gets_the_schema_but_no_seed()
    {
        await using var database = EmbeddedGraphDatabase.CreateInMemory();
        await database.RunAsync("CREATE (:Country {id: 'country-existing', name: 'Existing'})");

        var report = await DatabaseInitializer.InitializeAsync(database, CypherFolder.Path, CancellationToken.None);

        Assert.Equal(new InitializationReport(20, 0, Seeded: false), report);
        var snapshot = await GraphSnapshot.LoadAsync(database);
        Assert.Equal("country-existing", GraphSnapshot.IdOf(Assert.Single(snapshot.Nodes)));
        var duplicate = await Assert.ThrowsAnyAsync<CypherException>(
            () => database.RunAsync("CREATE (:Country {id: 'country-existing'})"));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, duplicate.Code);
    }

    [Fact]
    public async Task Schema_makes_ids_unique_per_label()
    {
        await using var database = await TestGraph.CreateSeededAsync();

        var error = await Assert.ThrowsAnyAsync<CypherException>(
            () => database.RunAsync("CREATE (:Country {id: 'country-xk', name: 'Duplicate'})"));

        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.Code);
    }

    [Fact]
    public async Task Seed_files_run_in_ordinal_name_order()
    {
        using var folder = new TempCypherFolder()
            .With("schema.cypher", "CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;")
            .With("seed/002_second.cypher", "MATCH (a:Topic {id: 'first'}) MERGE (b:Topic {id: 'second'}) ON CREATE SET b.after = a.id;")
            .With("seed/001_first.cypher", "MERGE (a:Topic {id: 'first'});")
            .With("seed/notes.txt", "not a script;");
        await using var database = EmbeddedGraphDatabase.CreateInMemory();

        var report = await DatabaseInitializer.InitializeAsync(database, folder.Path, CancellationToken.None);

        Assert.Equal(new InitializationReport(1, 2, Seeded: true), report);
        var snapshot = await GraphSnapshot.LoadAsync(database);
        Assert.Equal("first", snapshot.Node("second").Properties["after"]);
    }

    [Fact]
    public async Task A_failing_seed_statement_names_file_and_line_and_rolls_its_file_back()
    {
        using var folder = new TempCypherFolder()
            .With("schema.cypher", "// no schema\n")
            .With("seed/001_good.cypher", "MERGE (:Topic {id: 'kept'});")
            .With("seed/002_bad.cypher", "MERGE (:Topic {id: 'rolled-back'});\n\n// a comment\nTHIS IS NOT CYPHER;\n");
        await using var database = EmbeddedGraphDatabase.CreateInMemory();

        var error = await Assert.ThrowsAsync<CypherScriptException>(
            () => DatabaseInitializer.InitializeAsync(database, folder.Path, CancellationToken.None));

        Assert.Equal("seed/002_bad.cypher", error.File);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("seed/002_bad.cypher, line 4: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(StatusCodes.SyntaxError, error.Code);
        var snapshot = await GraphSnapshot.LoadAsync(database);
        Assert.Equal("kept", GraphSnapshot.IdOf(Assert.Single(snapshot.Nodes)));
    }

    [Fact]
    public async Task A_failing_schema_statement_names_the_schema_file_and_line()
    {
        using var folder = new TempCypherFolder()
            .With("schema.cypher", "CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;\nCREATE NONSENSE;\n");
        await using var database = EmbeddedGraphDatabase.CreateInMemory();

        var error = await Assert.ThrowsAsync<CypherScriptException>(
            () => DatabaseInitializer.InitializeAsync(database, folder.Path, CancellationToken.None));

        Assert.Equal("schema.cypher", error.File);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public async Task A_missing_schema_file_is_reported()
    {
        using var folder = new TempCypherFolder();
        await using var database = EmbeddedGraphDatabase.CreateInMemory();

        await Assert.ThrowsAsync<FileNotFoundException>(
            () => DatabaseInitializer.InitializeAsync(database, folder.Path, CancellationToken.None));
    }

    [Fact]
    public async Task Applying_schema_and_seed_twice_changes_nothing()
    {
        await using var database = EmbeddedGraphDatabase.CreateInMemory();
        var first = await ApplyAllAsync(database);
        var afterFirst = await GraphSnapshot.LoadAsync(database);

        var second = await ApplyAllAsync(database);
        var afterSecond = await GraphSnapshot.LoadAsync(database);

        Assert.Equal(23, first.NodesCreated);
        Assert.Equal(53, first.RelationshipsCreated);
        Assert.Equal(8, first.ConstraintsAdded);
        Assert.Equal(0, second.NodesCreated);
        Assert.Equal(0, second.RelationshipsCreated);
        Assert.Equal(0, second.ConstraintsAdded);
        Assert.Equal(0, second.IndexesAdded);
        Assert.False(second.ContainsUpdates, $"The second run changed something: {second}");
        Assert.Equal(afterFirst.Nodes.Count, afterSecond.Nodes.Count);
        Assert.Equal(afterFirst.Relationships.Count, afterSecond.Relationships.Count);
        Assert.Equal(afterFirst.PropertyCount, afterSecond.PropertyCount);
    }

    private static async Task<QueryCounters> ApplyAllAsync(IGraphDatabase database)
    {
        var counters = await TestGraph.ApplyFileStatementByStatementAsync(database, CypherFolder.File("schema.cypher"));
        foreach (var file in DatabaseInitializer.FindSeedFiles(CypherFolder.Path))
        {
            counters += await TestGraph.ApplyFileAsync(database, file);
        }

        return counters;
    }
}
