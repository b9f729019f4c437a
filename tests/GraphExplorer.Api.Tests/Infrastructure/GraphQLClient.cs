using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphExplorer.Api.Tests.Infrastructure;

/// <summary>Sends GraphQL requests over HTTP the way clients do, and reads the answers as JSON.</summary>
public static class GraphQLClient
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>POSTs <c>{query, variables}</c> as <c>application/json</c>.</summary>
    public static Task<HttpResponseMessage> PostQueryAsync(this HttpClient client, string query, object? variables = null, string? accept = GraphQLResponseJson)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return client.PostRawAsync(body, "application/json", accept);
    }

    /// <summary>POSTs a body as it is, with the given content type.</summary>
    public static async Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string body, string? contentType, string? accept = GraphQLResponseJson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Sends a GET with the given query-string parameters.</summary>
    public static async Task<HttpResponseMessage> GetQueryAsync(this HttpClient client, IReadOnlyDictionary<string, string> parameters, string? accept = GraphQLResponseJson)
    {
        var query = string.Join("&", parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + query);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The response body as a JSON object.</summary>
    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)?.AsObject() ?? throw new InvalidOperationException("The response body is empty: " + text);
    }

    /// <summary>The <c>extensions.code</c> of each error in a GraphQL response.</summary>
    public static IReadOnlyList<string?> ErrorCodes(this JsonObject response) =>
        [.. response["errors"]!.AsArray().Select(error => error!["extensions"]?["code"]?.GetValue<string>())];
}
