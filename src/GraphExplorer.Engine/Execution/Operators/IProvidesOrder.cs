namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>An operator that produces its rows in an order a later ORDER BY can rely on (Neo4j's "provided order").</summary>
internal interface IProvidesOrder
{
    /// <summary>The order as plan text (<c>n.id ASC</c>), or null when the operator promises none.</summary>
    string? ProvidedOrder { get; }
}
