namespace GraphExplorer.Api.GraphQL.Errors;

/// <summary>
/// The <c>extensions.code</c> values the HTTP layer reports for requests it refuses before GraphQL runs.
/// Parse and validation errors keep GraphQL.NET's codes (<c>SYNTAX_ERROR</c>, <c>FIELDS_ON_CORRECT_TYPE</c>, …);
/// database errors carry Neo4j's status codes (<c>Neo.ClientError.Statement.SyntaxError</c>, …).
/// </summary>
internal static class ErrorCodes
{
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string QueryMissing = "QUERY_MISSING";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
