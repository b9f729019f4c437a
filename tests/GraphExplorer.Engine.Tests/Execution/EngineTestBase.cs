using GraphExplorer.Graph;

namespace GraphExplorer.Engine.Tests.Execution;

/// <summary>Runs Cypher against a fresh in-memory embedded database.</summary>
public abstract class EngineTestBase : IAsyncDisposable
{
    protected EmbeddedGraphDatabase Database { get; } = EmbeddedGraphDatabase.CreateInMemory();

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return Database.DisposeAsync();
    }

    protected Task<QueryResult> RunAsync(string cypher, object? parameters = null) =>
        Database.RunAsync(cypher, ToDictionary(parameters));

    /// <summary>The single column of every row.</summary>
    protected async Task<List<object?>> ColumnAsync(string cypher, object? parameters = null)
    {
        var result = await RunAsync(cypher, parameters);
        return [.. result.Rows.Select(r => r[0])];
    }

    /// <summary>The single value of a one-row, one-column result.</summary>
    protected async Task<object?> ScalarAsync(string cypher, object? parameters = null)
    {
        var result = await RunAsync(cypher, parameters);
        Assert.Single(result.Rows);
        return result.Rows[0][0];
    }

    private static Dictionary<string, object?>? ToDictionary(object? parameters) => parameters switch
    {
        null => null,
        Dictionary<string, object?> d => d,
        _ => parameters.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(parameters)),
    };
}
