using GraphExplorer.Core.SavedQueries;
using GraphExplorer.Core.Tests.Support;
using GraphExplorer.Engine;

namespace GraphExplorer.Core.Tests.SavedQueries;

public sealed class SavedQueryRunnerTests(SeededGraphFixture seed) : IClassFixture<SeededGraphFixture>
{
    [Fact]
    public async Task A_script_that_writes_is_refused_and_writes_nothing()
    {
        var query = SavedQueryParser.Parse("CREATE (:Country {id: 'atlantis'}) RETURN 1 AS one", "writer");
        var error = await Assert.ThrowsAsync<SavedQueryException>(() =>
            new SavedQueryRunner(seed.Database, new SavedQueryOptions()).RunAsync(query, null, CancellationToken.None));
        Assert.Equal(SavedQueryErrorCodes.WriteRefused, error.Code);
        Assert.Contains("Neo.ClientError.Statement.AccessMode", ((Graph.Errors.CypherException)error.InnerException!).Code, StringComparison.Ordinal);
        var count = await seed.Database.RunAsync("MATCH (c:Country {id: 'atlantis'}) RETURN count(c)");
        Assert.Equal(0L, count.Rows[0][0]);
    }

    [Fact]
    public async Task Rows_beyond_the_cap_are_cut_and_flagged()
    {
        var query = SavedQueryParser.Parse("UNWIND range(1, 50) AS i RETURN i", "many");
        var result = await new SavedQueryRunner(seed.Database, new SavedQueryOptions { MaxRows = 10 }).RunAsync(query, null, CancellationToken.None);
        Assert.Equal(10, result.Rows.Count);
        Assert.True(result.Truncated);
    }

    [Fact]
    public async Task A_script_running_past_the_timeout_fails_with_TransactionTimedOut()
    {
        await using var database = EmbeddedGraphDatabase.CreateInMemory();
        var query = SavedQueryParser.Parse("UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b UNWIND range(1, 100) AS c RETURN count(*) AS n", "slow");
        var error = await Assert.ThrowsAsync<Graph.Errors.CypherException>(() =>
            new SavedQueryRunner(database, new SavedQueryOptions { Timeout = TimeSpan.FromMilliseconds(200) }).RunAsync(query, null, CancellationToken.None));
        Assert.Equal(Graph.Errors.StatusCodes.TransactionTimedOut, error.Code);
    }
}
