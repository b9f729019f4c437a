namespace GraphExplorer.Engine.Values;

/// <summary>A node or relationship as a runtime value: its identity is the pair (kind, id).</summary>
internal interface IEntityValue
{
    /// <summary>The engine's internal id, unique among nodes and among relationships.</summary>
    long Id { get; }

    /// <summary>Whether this is a node (otherwise a relationship).</summary>
    bool IsNode { get; }
}
