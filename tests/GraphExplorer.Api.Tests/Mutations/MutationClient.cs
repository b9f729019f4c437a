using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphExplorer.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphExplorer.Api.Tests.Mutations;

/// <summary>Sends GraphQL requests with credentials.</summary>
internal static class MutationClient
{
    /// <summary>POSTs a request with the given API key (or none).</summary>
    public static async Task<(HttpResponseMessage Response, JsonObject Body)> SendAsync(
        HttpClient client, string query, object? variables = null, string? apiKey = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(GraphQLClient.GraphQLResponseJson);
        if (apiKey is not null)
        {
            request.Headers.Add("X-API-Key", apiKey);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        var response = await client.SendAsync(request);
        return (response, await response.ReadJsonAsync());
    }

    /// <summary>A bearer token signed with <paramref name="key"/> carrying the given roles.</summary>
    public static string Token(string key, params string[] roles)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", "tester"), .. roles.Select(r => new Claim("role", r))]),
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
