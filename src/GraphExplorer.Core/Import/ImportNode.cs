namespace GraphExplorer.Core.Import;

/// <summary>A node to merge: its label, stable id and properties (port values), with the line it came from.</summary>
public sealed record ImportNode(string Label, string Id, IReadOnlyDictionary<string, object?> Properties, int Line);
