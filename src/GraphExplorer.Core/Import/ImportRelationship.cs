namespace GraphExplorer.Core.Import;

/// <summary>A relationship to merge between two nodes named by label and id, with the line it came from.</summary>
public sealed record ImportRelationship(
    string Type,
    string FromLabel,
    string From,
    string ToLabel,
    string To,
    IReadOnlyDictionary<string, object?> Properties,
    int Line);
