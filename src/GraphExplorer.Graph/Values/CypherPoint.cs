namespace GraphExplorer.Graph.Values;

/// <summary>A spatial point with its coordinate reference system id (4326 WGS-84, 7203 cartesian, …).</summary>
public readonly record struct CypherPoint(int Srid, double X, double Y, double? Z = null);
