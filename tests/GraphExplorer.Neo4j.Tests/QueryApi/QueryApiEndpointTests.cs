using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GraphExplorer.Neo4j.Tests.Infrastructure;

namespace GraphExplorer.Neo4j.Tests.QueryApi;

/// <summary>The embedded engine's Query API over raw HTTP: Neo4j's request and response shapes and status codes.</summary>
public sealed class QueryApiEndpointTests(QueryApiHost host) : IClassFixture<QueryApiHost>
{
    private const string Endpoint = "/db/neo4j/query/v2";

    [Fact]
    public async Task Plain_json_request_gets_plain_json_result_with_202()
    {
        using var response = await SendAsync(HttpMethod.Post, Endpoint, """{"statement":"RETURN $x + 1 AS y, 'a' AS s","parameters":{"x":41}}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = await ReadAsync(response);
        Assert.Equal("""["y","s"]""", body["data"]!["fields"]!.ToJsonString());
        Assert.Equal("""[[42,"a"]]""", body["data"]!["values"]!.ToJsonString());
        Assert.NotEmpty(body["bookmarks"]!.AsArray());
    }

    [Fact]
    public async Task Typed_json_request_gets_typed_json_result_and_counters()
    {
        using var response = await SendAsync(
            HttpMethod.Post,
            Endpoint,
            """{"statement":"RETURN $x AS x, date('2025-01-02') AS d","parameters":{"x":{"$type":"Integer","_value":"7"}},"includeCounters":true}""",
            typed: true);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("application/vnd.neo4j.query", response.Content.Headers.ContentType!.MediaType);
        var body = await ReadAsync(response);
        Assert.Equal("""[{"$type":"Integer","_value":"7"},{"$type":"Date","_value":"2025-01-02"}]""", body["data"]!["values"]![0]!.ToJsonString());
        Assert.False(body["counters"]!["containsUpdates"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Cypher_error_is_400_with_errors_code_and_message()
    {
        using var response = await SendAsync(HttpMethod.Post, Endpoint, """{"statement":"RETRN 1"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await ReadAsync(response))["errors"]![0]!;
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Missing_statement_and_bad_json_are_400()
    {
        using var missing = await SendAsync(HttpMethod.Post, Endpoint, "{}");
        using var malformed = await SendAsync(HttpMethod.Post, Endpoint, "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("Neo.ClientError.Request.InvalidFormat", (await ReadAsync(malformed))["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_or_with_wrong_basic_auth_is_401()
    {
        using var anonymous = await SendAsync(HttpMethod.Post, Endpoint, """{"statement":"RETURN 1"}""", anonymous: true);
        using var wrong = await SendAsync(HttpMethod.Post, Endpoint, """{"statement":"RETURN 1"}""", authorization: Basic(QueryApiHost.User, "nope"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("Basic", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", (await ReadAsync(wrong))["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_database_is_404()
    {
        using var response = await SendAsync(HttpMethod.Post, "/db/elsewhere/query/v2", """{"statement":"RETURN 1"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", (await ReadAsync(response))["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Transaction_opens_runs_and_commits_over_tx_endpoints()
    {
        using var opened = await SendAsync(HttpMethod.Post, Endpoint + "/tx", """{"statement":"CREATE (n:TxEndpointTest {k: 1}) RETURN n.k AS k"}""");
        Assert.Equal(HttpStatusCode.Accepted, opened.StatusCode);
        Assert.True(opened.Headers.Contains("neo4j-cluster-affinity"));
        var transaction = (await ReadAsync(opened))["transaction"]!;
        var id = transaction["id"]!.GetValue<string>();
        Assert.True(DateTimeOffset.Parse(transaction["expires"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow);

        using var ran = await SendAsync(HttpMethod.Post, $"{Endpoint}/tx/{id}", """{"statement":"MATCH (n:TxEndpointTest) RETURN count(n) AS c"}""");
        Assert.Equal("[[1]]", (await ReadAsync(ran))["data"]!["values"]!.ToJsonString());
        using var committed = await SendAsync(HttpMethod.Post, $"{Endpoint}/tx/{id}/commit", string.Empty);
        Assert.Equal(HttpStatusCode.Accepted, committed.StatusCode);
        Assert.NotEmpty((await ReadAsync(committed))["bookmarks"]!.AsArray());

        using var after = await SendAsync(HttpMethod.Post, $"{Endpoint}/tx/{id}", """{"statement":"RETURN 1"}""");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        using var cleanup = await SendAsync(HttpMethod.Post, Endpoint, """{"statement":"MATCH (n:TxEndpointTest) DELETE n RETURN count(*) AS c"}""");
        Assert.Equal("[[1]]", (await ReadAsync(cleanup))["data"]!["values"]!.ToJsonString());
    }

    [Fact]
    public async Task Delete_rolls_the_transaction_back()
    {
        using var opened = await SendAsync(HttpMethod.Post, Endpoint + "/tx", """{"statement":"CREATE (:RollbackEndpointTest)"}""");
        var id = (await ReadAsync(opened))["transaction"]!["id"]!.GetValue<string>();

        using var deleted = await SendAsync(HttpMethod.Delete, $"{Endpoint}/tx/{id}", null);
        using var count = await SendAsync(HttpMethod.Post, Endpoint, """{"statement":"MATCH (n:RollbackEndpointTest) RETURN count(n) AS c"}""");

        Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
        Assert.Equal("[[0]]", (await ReadAsync(count))["data"]!["values"]!.ToJsonString());
    }

    [Fact]
    public async Task Idle_transaction_expires_and_is_then_404()
    {
        using var opened = await SendAsync(HttpMethod.Post, Endpoint + "/tx", """{"statement":"CREATE (:ExpiryEndpointTest)"}""");
        var id = (await ReadAsync(opened))["transaction"]!["id"]!.GetValue<string>();

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        using var late = await SendAsync(HttpMethod.Post, $"{Endpoint}/tx/{id}/commit", string.Empty);
        using var count = await SendAsync(HttpMethod.Post, Endpoint, """{"statement":"MATCH (n:ExpiryEndpointTest) RETURN count(n) AS c"}""");

        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", (await ReadAsync(late))["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("[[0]]", (await ReadAsync(count))["data"]!["values"]!.ToJsonString());
    }

    [Fact]
    public async Task Unknown_transaction_is_404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Post, $"{Endpoint}/tx/doesnotexist", """{"statement":"RETURN 1"}""")).StatusCode);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body, bool typed = false, AuthenticationHeaderValue? authorization = null, bool anonymous = false)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = anonymous ? null : authorization ?? Basic(QueryApiHost.User, QueryApiHost.Password);
        request.Headers.Accept.ParseAdd(typed ? "application/vnd.neo4j.query" : "application/json");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(typed ? "application/vnd.neo4j.query" : "application/json");
        }

        return await host.CreateRawClient().SendAsync(request);
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
