namespace GraphExplorer.Benchmarks.Engine;

/// <summary>The measured read queries (each with parameters, so the plan cache serves every run after the first).</summary>
public static class EngineQueries
{
    /// <summary>Distinct friends of friends of one person.</summary>
    public const string TwoHopDistinctCount =
        "MATCH (a:Person {id: $id})-[:KNOWS]->()-[:KNOWS]->(c) RETURN count(DISTINCT c) AS reached";

    /// <summary>Up to 100 people within three outgoing hops.</summary>
    public const string ThreeHopVariableLengthLimit =
        "MATCH (a:Person {id: $id})-[:KNOWS*1..3]->(c) RETURN c.id AS id LIMIT 100";

    /// <summary>The length of one shortest directed path between two people (null when none).</summary>
    public const string ShortestPath =
        "MATCH (a:Person {id: $from}), (b:Person {id: $to}) MATCH p = shortestPath((a)-[:KNOWS*]->(b)) RETURN length(p) AS hops";
}
