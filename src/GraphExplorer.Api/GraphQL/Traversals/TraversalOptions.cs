using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>How <c>neighborhood</c> and <c>paths</c> treat hubs (configuration section <c>GraphExplorer:Traversals</c>).</summary>
public sealed class TraversalOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "GraphExplorer:Traversals";

    /// <summary>A node with more relationships than this (of the followed types) is shown but not expanded, and never passed through.</summary>
    public int SupernodeDegree { get; set; } = TraversalFilter.DefaultSupernodeDegree;
}
