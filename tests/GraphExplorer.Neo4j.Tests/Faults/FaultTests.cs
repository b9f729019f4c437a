using System.Diagnostics;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Neo4j.Client;
using GraphExplorer.Neo4j.Tests.Infrastructure;

namespace GraphExplorer.Neo4j.Tests.Faults;

/// <summary>Wrong credentials, unknown database, a server that is down, slow, or closes mid-response, an expired transaction: each a clear typed error.</summary>
public sealed class FaultTests(QueryApiHost host) : IClassFixture<QueryApiHost>, IDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    [Fact]
    public async Task Wrong_credentials_are_unauthorized()
    {
        var database = host.CreateNeo4jClient(o => o.Password = "wrong");

        var error = await Assert.ThrowsAsync<CypherException>(() => database.RunAsync("RETURN 1", mode: AccessMode.Read));

        Assert.Equal(StatusCodes.Unauthorized, error.Code);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Unknown_database_is_database_not_found()
    {
        var database = host.CreateNeo4jClient(o => o.Database = "nosuchdb");

        var error = await Assert.ThrowsAsync<CypherException>(() => database.RunAsync("RETURN 1", mode: AccessMode.Read));

        Assert.Equal(StatusCodes.DatabaseNotFound, error.Code);
    }

    [Fact]
    public async Task Server_down_is_an_unreachable_connection_error()
    {
        var database = Client(FaultServer.ClosedPort(), maxRetries: 2);

        var error = await Assert.ThrowsAsync<Neo4jConnectionException>(() => database.RunAsync("RETURN 1", mode: AccessMode.Read));

        Assert.Equal(ConnectionFailure.Unreachable, error.Failure);
        Assert.True(error.IsTransient);
        Assert.False(await database.PingAsync());
    }

    [Fact]
    public async Task Slow_server_times_out()
    {
        await using var server = FaultServer.Start(FaultServer.Fault.Silent);
        var database = Client(server.Address, maxRetries: 0, timeout: TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<Neo4jConnectionException>(() => database.RunAsync("RETURN 1", mode: AccessMode.Read));

        Assert.Equal(ConnectionFailure.TimedOut, error.Failure);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Connection_closed_mid_response_is_a_typed_error()
    {
        await using var server = FaultServer.Start(FaultServer.Fault.CloseMidResponse);
        var database = Client(server.Address, maxRetries: 0);

        var error = await Assert.ThrowsAsync<Neo4jConnectionException>(() => database.RunAsync("RETURN 1", mode: AccessMode.Read));

        Assert.Equal(ConnectionFailure.ClosedMidResponse, error.Failure);
        Assert.True(error.RequestMayHaveRun);
    }

    [Fact]
    public async Task A_write_cut_off_mid_response_is_not_retried()
    {
        await using var server = FaultServer.Start(FaultServer.Fault.CloseMidResponse);
        var database = Client(server.Address, maxRetries: 3);

        await Assert.ThrowsAsync<Neo4jConnectionException>(() => database.RunAsync("CREATE (n)"));

        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task A_read_cut_off_mid_response_is_retried()
    {
        await using var server = FaultServer.Start(FaultServer.Fault.CloseMidResponse);
        var database = Client(server.Address, maxRetries: 2);

        await Assert.ThrowsAsync<Neo4jConnectionException>(() => database.RunAsync("RETURN 1", mode: AccessMode.Read));

        Assert.Equal(3, server.Connections);
    }

    [Fact]
    public async Task Expired_transaction_is_transaction_not_found()
    {
        var database = host.CreateNeo4jClient();
        await using var transaction = await database.BeginTransactionAsync(AccessMode.Read);

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var error = await Assert.ThrowsAsync<CypherException>(() => transaction.RunAsync("RETURN 1"));

        Assert.Equal(Graph.Errors.StatusCodes.TransactionNotFound, error.Code);
    }

    private Neo4jGraphDatabase Client(Uri address, int maxRetries, TimeSpan? timeout = null)
    {
        var (database, provider) = Neo4jClients.Create(options =>
        {
            options.Uri = address;
            options.User = "neo4j";
            options.Password = "irrelevant";
            options.MaxRetries = maxRetries;
            options.RetryDelay = TimeSpan.FromMilliseconds(5);
            options.RequestTimeout = timeout ?? TimeSpan.FromSeconds(5);
        });
        _owned.Add(provider);
        return database;
    }
}
