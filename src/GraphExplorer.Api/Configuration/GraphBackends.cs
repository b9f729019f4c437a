namespace GraphExplorer.Api.Configuration;

/// <summary>The names <see cref="GraphExplorerOptions.Backend"/> accepts.</summary>
internal static class GraphBackends
{
    /// <summary>The embedded Cypher engine, with its data in <see cref="GraphExplorerOptions.DataDirectory"/>.</summary>
    public const string Embedded = "Embedded";

    /// <summary>A Neo4j server (5.19+, 5.26 LTS, Aura) over its HTTP Query API v2, configured in the <c>Neo4j</c> section.</summary>
    public const string Neo4j = "Neo4j";
}
