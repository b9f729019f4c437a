namespace GraphExplorer.Api.Logging;

/// <summary>What the request log line tells about a GraphQL request; set on the request's features by the GraphQL endpoint.</summary>
internal sealed class GraphQLRequestFeature
{
    /// <summary>The operation's name, or <c>(anonymous)</c>.</summary>
    public string OperationName { get; set; } = "(anonymous)";
}
