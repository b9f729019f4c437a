using System.Net;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>GraphQL over HTTP at /graphql: well-formed and malformed requests, methods and media types.</summary>
public sealed class GraphQLEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateHttpClient();

    [Fact]
    public async Task Post_query_answers_200_with_data_as_graphql_response_json()
    {
        using var response = await _client.PostQueryAsync("{ backend }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLClient.GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Embedded", body["data"]!["backend"]!.GetValue<string>());
        Assert.Null(body["errors"]);
    }

    [Fact]
    public async Task Get_query_works_with_variables_in_the_query_string()
    {
        using var response = await _client.GetQueryAsync(new Dictionary<string, string>
        {
            ["query"] = "query Backend($skip: Boolean!) { backend @skip(if: $skip) }",
            ["operationName"] = "Backend",
            ["variables"] = """{"skip": false}""",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Embedded", body["data"]!["backend"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_post_and_a_graphql_error()
    {
        using var response = await _client.GetQueryAsync(new Dictionary<string, string> { ["query"] = "mutation { doSomething }" });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        var body = await response.ReadJsonAsync();
        Assert.Equal(["METHOD_NOT_ALLOWED"], body.ErrorCodes());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Named_mutation_selected_by_operation_name_over_get_is_405()
    {
        using var response = await _client.GetQueryAsync(new Dictionary<string, string>
        {
            ["query"] = "query Q { backend } mutation M { doSomething }",
            ["operationName"] = "M",
        });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_body_is_400_with_a_graphql_error()
    {
        using var response = await _client.PostRawAsync("""{"query": "{ backend }" """, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(["INVALID_JSON"], body.ErrorCodes());
        Assert.False(string.IsNullOrEmpty(body["errors"]![0]!["message"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Wrong_content_type_is_415(string? contentType)
    {
        using var response = await _client.PostRawAsync("""{"query": "{ backend }"}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], body.ErrorCodes());
    }

    [Theory]
    [InlineData("""{"qeury": "{ backend }"}""", "QUERY_MISSING")]
    [InlineData("""{"query": null}""", "QUERY_MISSING")]
    [InlineData("""{"query": 42}""", "INVALID_REQUEST")]
    [InlineData("""{"query": "{ backend }", "variables": [7]}""", "INVALID_REQUEST")]
    [InlineData("""{"query": "{ backend }", "operationName": 1}""", "INVALID_REQUEST")]
    [InlineData("""{"query": "{ backend }", "extensions": "x"}""", "INVALID_REQUEST")]
    [InlineData("""["{ backend }"]""", "INVALID_REQUEST")]
    public async Task Request_that_is_not_well_formed_is_400(string json, string code)
    {
        using var response = await _client.PostRawAsync(json, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal([code], body.ErrorCodes());
    }

    [Fact]
    public async Task Get_with_variables_that_are_not_a_json_object_is_400()
    {
        using var response = await _client.GetQueryAsync(new Dictionary<string, string> { ["query"] = "{ backend }", ["variables"] = "[1]" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["INVALID_REQUEST"], (await response.ReadJsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task Get_without_query_is_400()
    {
        using var response = await _client.GetQueryAsync(new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["QUERY_MISSING"], (await response.ReadJsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task Body_over_one_megabyte_is_413_with_a_graphql_error()
    {
        var padding = new string(' ', 1024 * 1024);
        using var response = await _client.PostRawAsync($$"""{"query": "{ backend }{{padding}}"}""", "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["PAYLOAD_TOO_LARGE"], (await response.ReadJsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task Chunked_body_over_one_megabyte_is_413()
    {
        var padding = new string(' ', 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query": "{ backend }{{padding}}"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["PAYLOAD_TOO_LARGE"], (await response.ReadJsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task Validation_error_is_400_as_graphql_response_json()
    {
        using var response = await _client.PostQueryAsync("{ noSuchField }", accept: GraphQLClient.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLClient.GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
        var body = await response.ReadJsonAsync();
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], body.ErrorCodes());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Validation_error_is_200_as_legacy_application_json()
    {
        using var response = await _client.PostQueryAsync("{ noSuchField }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], (await response.ReadJsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task Syntax_error_has_the_syntax_error_code()
    {
        using var response = await _client.PostQueryAsync("{ backend");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["SYNTAX_ERROR"], (await response.ReadJsonAsync()).ErrorCodes());
    }

    [Theory]
    [InlineData(null, GraphQLClient.GraphQLResponseJson)]
    [InlineData("*/*", GraphQLClient.GraphQLResponseJson)]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", GraphQLClient.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    public async Task Response_media_type_follows_accept(string? accept, string expected)
    {
        using var response = await _client.PostQueryAsync("{ backend }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Accept_without_a_supported_media_type_is_406()
    {
        using var response = await _client.PostQueryAsync("{ backend }", accept: "application/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(["NOT_ACCEPTABLE"], (await response.ReadJsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task Development_responses_report_cypher_round_trips()
    {
        using var response = await _client.PostQueryAsync("{ backend }");

        var body = await response.ReadJsonAsync();
        Assert.Equal(0, body["extensions"]!["cypherRoundTrips"]!.GetValue<int>());
    }
}
