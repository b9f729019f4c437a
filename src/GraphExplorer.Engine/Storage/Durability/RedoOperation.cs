namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>One change of a committed transaction, as the WAL records it and recovery replays it.</summary>
internal abstract record RedoOperation;

/// <summary>A node was created with these labels and properties.</summary>
internal sealed record NodeCreated(long Id, IReadOnlyList<string> Labels, IReadOnlyList<KeyValuePair<string, object?>> Properties) : RedoOperation;

/// <summary>A node was deleted.</summary>
internal sealed record NodeDeleted(long Id) : RedoOperation;

/// <summary>A node property was set (<c>Value</c> not null) or removed (<c>Value</c> null).</summary>
internal sealed record NodePropertySet(long Id, string Key, object? Value) : RedoOperation;

/// <summary>A label was added to a node.</summary>
internal sealed record LabelAdded(long Id, string Label) : RedoOperation;

/// <summary>A label was removed from a node.</summary>
internal sealed record LabelRemoved(long Id, string Label) : RedoOperation;

/// <summary>A relationship was created.</summary>
internal sealed record RelationshipCreated(long Id, string Type, long Start, long End, IReadOnlyList<KeyValuePair<string, object?>> Properties) : RedoOperation;

/// <summary>A relationship was deleted.</summary>
internal sealed record RelationshipDeleted(long Id) : RedoOperation;

/// <summary>A relationship property was set (<c>Value</c> not null) or removed (<c>Value</c> null).</summary>
internal sealed record RelationshipPropertySet(long Id, string Key, object? Value) : RedoOperation;

/// <summary>A constraint was created.</summary>
internal sealed record ConstraintAdded(ConstraintRule Rule) : RedoOperation;

/// <summary>A constraint was dropped.</summary>
internal sealed record ConstraintDropped(string Name) : RedoOperation;

/// <summary>An index was created.</summary>
internal sealed record IndexAdded(IndexRule Rule) : RedoOperation;

/// <summary>An index was dropped.</summary>
internal sealed record IndexDropped(string Name) : RedoOperation;
