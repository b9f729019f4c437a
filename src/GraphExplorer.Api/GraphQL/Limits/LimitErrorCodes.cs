namespace GraphExplorer.Api.GraphQL.Limits;

/// <summary>The <c>extensions.code</c> of each limit, so clients can tell which one they hit.</summary>
internal static class LimitErrorCodes
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string TooManyExpensiveFields = "TOO_MANY_EXPENSIVE_FIELDS";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string TooManyTokens = "TOO_MANY_TOKENS";
    public const string TraversalDepthExceeded = "TRAVERSAL_DEPTH_EXCEEDED";
    public const string PathLengthExceeded = "PATH_LENGTH_EXCEEDED";
    public const string GraphLimitExceeded = "GRAPH_LIMIT_EXCEEDED";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
}
