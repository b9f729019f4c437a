using System.Net;
using System.Text;
using System.Text.Json;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Neo4j.Client;
using GraphExplorer.Neo4j.Tests.Infrastructure;
using GraphExplorer.Protocols.QueryApi;

namespace GraphExplorer.Neo4j.Tests.Client;

/// <summary>
/// The client's requests and its reading of responses, against bodies written from Neo4j's documented
/// Query API formats (a local handler plays the server's bytes; the real server is tested in the contract suites).
/// </summary>
public sealed class Neo4jGraphDatabaseTests : IDisposable
{
    private const string Success = """
        {"data":{"fields":["person","name"],"values":[[{"$type":"Node","_value":{"_element_id":"4:ff04:2","_labels":["Person"],"_properties":{"name":{"$type":"String","_value":"Phil"}}}},{"$type":"String","_value":"Phil"}]]},
         "counters":{"containsUpdates":true,"nodesCreated":1,"nodesDeleted":0,"propertiesSet":1,"relationshipsCreated":0,"relationshipsDeleted":0,"labelsAdded":1,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0},
         "bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]}
        """;

    private const string TransientError = """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"Deadlock"}]}""";

    private readonly CannedHandler _server = new();
    private readonly List<IAsyncDisposable> _owned = [];

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    [Fact]
    public async Task Run_posts_typed_json_to_the_databases_query_endpoint_and_reads_fields_values_and_counters()
    {
        _server.Respond(HttpStatusCode.Accepted, Success);
        var database = Client(o => o.Database = "movies");

        var result = await database.RunAsync("MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name", new Dictionary<string, object?> { ["name"] = "Phil", ["n"] = 1L });

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/db/movies/query/v2"), (request.Method, request.Path));
        Assert.Equal(QueryApiMediaTypes.TypedJson, request.ContentType);
        Assert.Contains(QueryApiMediaTypes.TypedJson, request.Headers["Accept"], StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("Write", body.RootElement.GetProperty("accessMode").GetString());
        Assert.Equal("""{"$type":"Integer","_value":"1"}""", body.RootElement.GetProperty("parameters").GetProperty("n").GetRawText());
        Assert.True(body.RootElement.GetProperty("includeCounters").GetBoolean());
        Assert.Equal(["person", "name"], result.Columns);
        Assert.Equal("Phil", result.Value(0, "name"));
        Assert.Equal("4:ff04:2", Assert.IsType<Graph.Values.GraphNode>(result.Value(0, "person")).ElementId);
        Assert.Equal((1, 1, 1), (result.Counters.NodesCreated, result.Counters.PropertiesSet, result.Counters.LabelsAdded));
    }

    [Fact]
    public async Task Plain_json_responses_are_read_too()
    {
        _server.Respond(HttpStatusCode.Accepted, """{"data":{"fields":["n"],"values":[[1],[2.5]]},"bookmarks":[]}""", "application/json");

        var result = await Client().RunAsync("UNWIND [1, 2.5] AS n RETURN n");

        Assert.Equal(new object?[] { 1L, 2.5 }, result.Rows.Select(row => row[0]));
    }

    [Fact]
    public async Task Basic_authentication_sends_user_and_password()
    {
        _server.Respond(HttpStatusCode.Accepted, Success);

        await Client(o => (o.User, o.Password) = ("neo4j", "verysecret")).RunAsync("RETURN 1");

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:verysecret")), _server.Requests[0].Headers["Authorization"]);
    }

    [Fact]
    public async Task Bearer_token_takes_precedence()
    {
        _server.Respond(HttpStatusCode.Accepted, Success);

        await Client(o => (o.User, o.Password, o.Token) = ("neo4j", "x", "aura-token")).RunAsync("RETURN 1");

        Assert.Equal("Bearer aura-token", _server.Requests[0].Headers["Authorization"]);
    }

    [Fact]
    public async Task Bookmarks_of_a_write_are_sent_with_the_next_read()
    {
        _server.Respond(HttpStatusCode.Accepted, Success).Respond(HttpStatusCode.Accepted, Success);
        var database = Client();

        await database.RunAsync("CREATE (:Person)");
        await database.RunAsync("MATCH (p:Person) RETURN p", mode: AccessMode.Read);

        Assert.DoesNotContain("bookmarks", _server.Requests[0].Body!, StringComparison.Ordinal);
        using var read = JsonDocument.Parse(_server.Requests[1].Body!);
        Assert.Equal("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q", read.RootElement.GetProperty("bookmarks")[0].GetString());
        Assert.Equal("Read", read.RootElement.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task Error_response_raises_cypher_exception_with_the_servers_code()
    {
        _server.Respond(HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETRN'"}]}""", "application/json");

        var error = await Assert.ThrowsAsync<CypherException>(() => Client().RunAsync("RETRN 1"));

        Assert.Equal(Graph.Errors.StatusCodes.SyntaxError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        Assert.Contains("RETRN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepted_response_with_partial_data_then_errors_raises_the_error()
    {
        _server.Respond(HttpStatusCode.Accepted, """
            {"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}],[{"$type":"Integer","_value":"2"}]]},
             "errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}],"bookmarks":[]}
            """);

        var error = await Assert.ThrowsAsync<CypherException>(() => Client().RunAsync("UNWIND [1, 2, 0] AS x RETURN 2 / x", mode: AccessMode.Read));

        Assert.Equal(Graph.Errors.StatusCodes.ArithmeticError, error.Code);
    }

    [Fact]
    public async Task Unauthorized_without_a_body_still_has_a_code() =>
        Assert.Equal(StatusCodes.Unauthorized, (await Assert.ThrowsAsync<CypherException>(() =>
            Respond(HttpStatusCode.Unauthorized, string.Empty).RunAsync("RETURN 1"))).Code);

    [Fact]
    public async Task Explicit_transaction_opens_runs_and_commits_echoing_the_cluster_affinity()
    {
        _server
            .Respond(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"ee2f3a","expires":"2024-10-22T15:48:29Z"}}""", headers: new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MS1h" })
            .Respond(HttpStatusCode.Accepted, """{"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":[],"transaction":{"id":"ee2f3a","expires":"2024-10-22T15:48:59Z"}}""")
            .Respond(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:after-commit"]}""")
            .Respond(HttpStatusCode.Accepted, Success);
        var database = Client();

        await using (var transaction = await database.BeginTransactionAsync(AccessMode.Write))
        {
            var result = await transaction.RunAsync("CREATE (n) RETURN 1 AS n");
            Assert.Equal(1L, result.Value(0, "n"));
            await transaction.CommitAsync();
        }

        await database.RunAsync("RETURN 1", mode: AccessMode.Read);
        var requests = _server.Requests;
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/ee2f3a", "POST /db/neo4j/query/v2/tx/ee2f3a/commit", "POST /db/neo4j/query/v2"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.False(requests[0].Headers.ContainsKey("neo4j-cluster-affinity"));
        Assert.Equal("MS1h", requests[1].Headers["neo4j-cluster-affinity"]);
        Assert.Equal("MS1h", requests[2].Headers["neo4j-cluster-affinity"]);
        Assert.Contains("FB:after-commit", requests[3].Body!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposing_an_open_transaction_rolls_it_back_with_delete()
    {
        _server
            .Respond(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"t1","expires":"2024-10-22T15:48:29Z"}}""")
            .Respond(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":[]}""");

        await using (await Client().BeginTransactionAsync(AccessMode.Write))
        {
        }

        Assert.Equal("DELETE /db/neo4j/query/v2/tx/t1", $"{_server.Requests[1].Method} {_server.Requests[1].Path}");
    }

    [Fact]
    public async Task Expired_transaction_is_transaction_not_found()
    {
        _server
            .Respond(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"gone","expires":"2024-10-22T15:48:29Z"}}""")
            .Respond(HttpStatusCode.NotFound, """{"errors":[{"code":"Neo.ClientError.Transaction.TransactionNotFound","message":"Transaction with Id: \"gone\" was not found. It may have timed out and therefore rolled back or the routing header is missing."}]}""", "application/json");
        await using var transaction = await Client().BeginTransactionAsync(AccessMode.Write);

        var error = await Assert.ThrowsAsync<CypherException>(() => transaction.RunAsync("RETURN 1"));

        Assert.Equal(Graph.Errors.StatusCodes.TransactionNotFound, error.Code);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task A_read_is_retried_on_a_transient_error()
    {
        _server.Respond(HttpStatusCode.ServiceUnavailable, TransientError, "application/json").Respond(HttpStatusCode.Accepted, Success);

        var result = await Client().RunAsync("MATCH (p) RETURN p", mode: AccessMode.Read);

        Assert.Equal(2, _server.Requests.Count);
        Assert.Single(result.Rows);
    }

    [Fact]
    public async Task A_write_is_never_retried()
    {
        _server.Respond(HttpStatusCode.ServiceUnavailable, TransientError, "application/json").Respond(HttpStatusCode.Accepted, Success);

        var error = await Assert.ThrowsAsync<CypherException>(() => Client().RunAsync("CREATE (n)"));

        Assert.True(error.IsTransient);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_client_error_is_not_retried_even_for_a_read()
    {
        _server.Respond(HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"x"}]}""", "application/json");

        await Assert.ThrowsAsync<CypherException>(() => Client().RunAsync("RETRN", mode: AccessMode.Read));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_transaction_function_is_retried_whole_after_a_transient_error()
    {
        const string open = """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"t","expires":"2024-10-22T15:48:29Z"}}""";
        _server
            .Respond(HttpStatusCode.Accepted, open)
            .Respond(HttpStatusCode.ServiceUnavailable, TransientError, "application/json")
            .Respond(HttpStatusCode.Accepted, open)
            .Respond(HttpStatusCode.Accepted, Success)
            .Respond(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:1"]}""");
        var attempts = 0;

        var rows = await Client().ExecuteAsync(AccessMode.Write, async (transaction, token) =>
        {
            attempts++;
            return (await transaction.RunAsync("CREATE (n) RETURN n", null, token)).Rows.Count;
        });

        Assert.Equal((2, 1), (attempts, rows));
        Assert.Equal(5, _server.Requests.Count);
    }

    [Fact]
    public async Task A_commit_cut_off_mid_response_is_never_retried()
    {
        _server
            .Respond(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"t","expires":"2024-10-22T15:48:29Z"}}""")
            .Respond(HttpStatusCode.Accepted, Success)
            .DropConnection();
        var attempts = 0;

        var error = await Assert.ThrowsAsync<Neo4jConnectionException>(() => Client().ExecuteAsync(AccessMode.Write, async (transaction, token) =>
        {
            attempts++;
            return await transaction.RunAsync("CREATE (n) RETURN n", null, token);
        }));

        Assert.True(error.MayHaveCommitted);
        Assert.Equal(1, attempts);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task Credentials_never_reach_the_logs()
    {
        var logs = new CapturingLoggerProvider();
        _server.Respond(HttpStatusCode.Accepted, Success).Respond(HttpStatusCode.Unauthorized, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid credentials"}]}""", "application/json");
        var database = Client(o => (o.User, o.Password) = ("neo4j", "hunter2-secret"), logs);

        await database.RunAsync("RETURN 1");
        await Assert.ThrowsAsync<CypherException>(() => database.RunAsync("RETURN 1"));
        _ = database.Options.ToString();

        Assert.NotEmpty(logs.Lines);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:hunter2-secret"));
        Assert.All(logs.Lines, line =>
        {
            Assert.DoesNotContain("hunter2-secret", line, StringComparison.Ordinal);
            Assert.DoesNotContain(basic, line, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("hunter2-secret", database.Options.ToString(), StringComparison.Ordinal);
    }

    private Neo4jGraphDatabase Respond(HttpStatusCode status, string body)
    {
        _server.Respond(status, body, "application/json");
        return Client();
    }

    private Neo4jGraphDatabase Client(Action<Neo4jOptions>? configure = null, CapturingLoggerProvider? logs = null)
    {
        var (database, provider) = Neo4jClients.Create(
            options =>
            {
                options.Uri = new Uri("http://neo4j.test:7474");
                options.RetryDelay = TimeSpan.FromMilliseconds(1);
                configure?.Invoke(options);
            },
            _server,
            logs);
        _owned.Add(provider);
        return database;
    }
}
