namespace GraphExplorer.Api.GraphQL.Errors;

/// <summary>
/// Every <c>extensions.code</c> the API itself gives a GraphQL error, in one place. Parse and validation errors keep
/// GraphQL.NET's codes (<c>SYNTAX_ERROR</c>, <c>FIELDS_ON_CORRECT_TYPE</c>, …); database errors carry Neo4j's status
/// codes (<c>Neo.ClientError.Statement.SyntaxError</c>, …); a mutation's <c>UserError</c> codes and saved-script
/// codes come from Core (<c>EntityError</c>, <c>SavedQueryErrorCodes</c>).
/// </summary>
internal static class ErrorCodes
{
    // Requests the HTTP layer refuses before GraphQL runs.
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string QueryMissing = "QUERY_MISSING";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    // Arguments.

    /// <summary>An <c>ID</c> argument that is not a global id (or not of the expected type).</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>An argument with a value outside its range.</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>A cursor that is not one of this connection's.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>A date argument that is not <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    public const string InvalidDate = "INVALID_DATE";

    /// <summary>A filter or order naming something the model does not have.</summary>
    public const string InvalidFilter = "INVALID_FILTER";

    // Access.

    /// <summary>A mutation (or, when configured, a read) by a caller without the needed role.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    // Limits (docs/graphql.md, "Limits").

    /// <summary>A <c>first</c> or <c>last</c> over the maximum page size.</summary>
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string TooManyExpensiveFields = "TOO_MANY_EXPENSIVE_FIELDS";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string TooManyTokens = "TOO_MANY_TOKENS";
    public const string TraversalDepthExceeded = "TRAVERSAL_DEPTH_EXCEEDED";
    public const string PathLengthExceeded = "PATH_LENGTH_EXCEEDED";
    public const string GraphLimitExceeded = "GRAPH_LIMIT_EXCEEDED";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
}
