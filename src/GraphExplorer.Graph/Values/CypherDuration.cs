namespace GraphExplorer.Graph.Values;

/// <summary>A Cypher duration: months, days, seconds and nanoseconds kept apart, as Neo4j does.</summary>
public readonly record struct CypherDuration(long Months, long Days, long Seconds, int Nanoseconds);
