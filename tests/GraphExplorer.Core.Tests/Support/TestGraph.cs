using GraphExplorer.Core.Scripts;
using GraphExplorer.Core.Setup;
using GraphExplorer.Engine;
using GraphExplorer.Graph;

namespace GraphExplorer.Core.Tests.Support;

/// <summary>Creates embedded in-memory databases for tests, empty or with the project's schema and seed.</summary>
internal static class TestGraph
{
    /// <summary>The id of the seed article's <c>Source</c> node.</summary>
    public const string SourceId = "source-875d67dad5e79e69";

    /// <summary>A new in-memory database initialised from the repository's <c>cypher/</c> folder.</summary>
    public static async Task<EmbeddedGraphDatabase> CreateSeededAsync()
    {
        var database = EmbeddedGraphDatabase.CreateInMemory();
        try
        {
            await DatabaseInitializer.InitializeAsync(database, CypherFolder.Path, CancellationToken.None);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs every statement of a script file in one write transaction and returns the summed counters.</summary>
    public static async Task<QueryCounters> ApplyFileAsync(IGraphDatabase database, string path)
    {
        var counters = QueryCounters.None;
        await using var transaction = await database.BeginTransactionAsync(AccessMode.Write);
        foreach (var statement in await CypherScript.ReadFileAsync(path, CancellationToken.None))
        {
            counters += (await transaction.RunAsync(statement.Text)).Counters;
        }

        await transaction.CommitAsync();
        return counters;
    }

    /// <summary>Runs every statement of a script file on its own (as schema commands are run) and returns the summed counters.</summary>
    public static async Task<QueryCounters> ApplyFileStatementByStatementAsync(IGraphDatabase database, string path)
    {
        var counters = QueryCounters.None;
        foreach (var statement in await CypherScript.ReadFileAsync(path, CancellationToken.None))
        {
            counters += (await database.RunAsync(statement.Text)).Counters;
        }

        return counters;
    }
}
