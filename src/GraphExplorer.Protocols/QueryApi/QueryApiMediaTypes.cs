namespace GraphExplorer.Protocols.QueryApi;

/// <summary>The Query API's media types.</summary>
public static class QueryApiMediaTypes
{
    /// <summary>Typed JSON, for parameters (Content-Type) and results (Accept); Neo4j 5.19+.</summary>
    public const string TypedJson = "application/vnd.neo4j.query";

    /// <summary>Typed JSON's versioned name (Neo4j 2025.11+).</summary>
    public const string TypedJsonV11 = "application/vnd.neo4j.query.v1.1";

    /// <summary>Plain JSON.</summary>
    public const string Json = "application/json";

    /// <summary>The header a server sets on a new transaction that the client echoes on the transaction's requests.</summary>
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";
}
