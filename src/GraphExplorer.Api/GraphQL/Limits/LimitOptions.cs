namespace GraphExplorer.Api.GraphQL.Limits;

/// <summary>
/// The limits that keep one request from taking the server down, bound from <c>GraphExplorer:Limits</c>
/// (environment: <c>GraphExplorer__Limits__MaxDepth</c>, …). The defaults are documented in docs/graphql.md.
/// </summary>
internal sealed class LimitOptions
{
    /// <summary>The configuration section the limits are bound from.</summary>
    public const string SectionName = "GraphExplorer:Limits";

    /// <summary>The deepest selection allowed (Banana Cake Pop's schema query is 13 levels deep).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The highest complexity allowed, as GraphQL.NET's analyzer computes it (introspection counts 0).</summary>
    public double MaxComplexity { get; set; } = 50_000;

    /// <summary>How many traversal fields (<c>neighborhood</c>, <c>paths</c>, <c>search</c>, <c>encounters</c>) one document may select, aliases included.</summary>
    public int MaxExpensiveFields { get; set; } = 5;

    /// <summary>The longest document allowed, in characters.</summary>
    public int MaxDocumentCharacters { get; set; } = 20_000;

    /// <summary>The most lexical tokens a document may have.</summary>
    public int MaxDocumentTokens { get; set; } = 2_000;

    /// <summary>The largest <c>depth</c> of <c>neighborhood</c>.</summary>
    public int MaxTraversalDepth { get; set; } = 3;

    /// <summary>The largest <c>maxLength</c> of <c>paths</c>.</summary>
    public int MaxPathLength { get; set; } = 6;

    /// <summary>The largest <c>limit</c> (nodes) of <c>neighborhood</c>.</summary>
    public int MaxGraphNodes { get; set; } = 1_000;

    /// <summary>At most this many paths are read for one traversal; more mark the result <c>truncated</c>.</summary>
    public int FanOutCap { get; set; } = 5_000;

    /// <summary>At most this many paths are returned by <c>paths</c>; more mark each <c>truncated</c>.</summary>
    public int MaxPaths { get; set; } = 50;

    /// <summary>The largest <c>first</c> of <c>search</c>.</summary>
    public int MaxSearchResults { get; set; } = 50;

    /// <summary>How long one request may run before its Cypher is cancelled, in milliseconds (0: no limit).</summary>
    public int RequestTimeoutMilliseconds { get; set; } = 30_000;
}
