using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Api.Http;

/// <summary>The response media types of GraphQL over HTTP, and the choice between them from a request's <c>Accept</c>.</summary>
internal static class MediaTypes
{
    /// <summary>The spec's media type: status codes tell whether the request was executed.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy media type: 200 for every well-formed request, errors only in the body.</summary>
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with: the highest-quality acceptable type we support, in the order listed.
    /// No <c>Accept</c> header, <c>*/*</c> and <c>application/*</c> get <c>application/graphql-response+json</c>
    /// (the spec's default since its 2025-01-01 legacy watershed); <c>null</c> when nothing we support is acceptable (406).
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return GraphQLResponseJson;
        }

        foreach (var candidate in accept.OrderByDescending(type => type.Quality ?? 1.0))
        {
            if (candidate.Quality is <= 0)
            {
                continue;
            }

            var mediaType = candidate.MediaType;
            if (mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }

        return null;
    }

    /// <summary>Whether the request accepts HTML, as a browser navigating to the endpoint does.</summary>
    public static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(type =>
            type.Quality is not <= 0 && type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>The <c>Content-Type</c> header value for <paramref name="mediaType"/> in UTF-8.</summary>
    public static string WithCharset(string mediaType) => new MediaTypeHeaderValue(mediaType) { Charset = "utf-8" }.ToString();
}
