using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Storage;

/// <summary>A constraint of the schema, as <c>SHOW CONSTRAINTS</c> lists it.</summary>
internal sealed record ConstraintRule(
    long Id,
    string Name,
    ConstraintKind Kind,
    bool OnRelationship,
    string LabelOrType,
    IReadOnlyList<string> Properties)
{
    /// <summary>Whether the constraint demands unique values (unique and node-key constraints).</summary>
    public bool IsUnique => Kind is ConstraintKind.Unique or ConstraintKind.NodeKey;

    /// <summary>Whether the constraint demands the properties be present.</summary>
    public bool RequiresPresence => Kind is ConstraintKind.NotNull or ConstraintKind.NodeKey;

    /// <summary>Whether another rule constrains the same thing in the same way.</summary>
    public bool IsEquivalentTo(ConstraintRule other) =>
        Kind == other.Kind && OnRelationship == other.OnRelationship && LabelOrType == other.LabelOrType
        && Properties.SequenceEqual(other.Properties, StringComparer.Ordinal);
}

/// <summary>An index of the schema, as <c>SHOW INDEXES</c> lists it.</summary>
/// <param name="OwningConstraint">The name of the unique constraint the index backs, if any.</param>
internal sealed record IndexRule(
    long Id,
    string Name,
    IndexKind Kind,
    bool OnRelationship,
    IReadOnlyList<string> LabelsOrTypes,
    IReadOnlyList<string> Properties,
    string? OwningConstraint)
{
    /// <summary>Whether another index covers the same entities and properties with the same kind.</summary>
    public bool IsEquivalentTo(IndexRule other) =>
        Kind == other.Kind && OnRelationship == other.OnRelationship
        && LabelsOrTypes.SequenceEqual(other.LabelsOrTypes, StringComparer.Ordinal)
        && Properties.SequenceEqual(other.Properties, StringComparer.Ordinal);
}
