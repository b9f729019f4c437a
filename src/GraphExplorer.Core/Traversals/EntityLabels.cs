using System.Text.RegularExpressions;
using GraphExplorer.Core.Entities;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// The labels of the graph model, and the checks that let a label or relationship type be written into Cypher
/// text (labels and types cannot be parameters). Stateless and thread-safe.
/// </summary>
public static partial class EntityLabels
{
    /// <summary>Every entity label, in the model's order (<see cref="EntityCatalog.Entities"/>).</summary>
    public static IReadOnlyList<string> All { get; } = [.. EntityCatalog.Entities.Select(e => e.Label)];

    /// <summary>Whether <paramref name="label"/> is one of <see cref="All"/> (exact case).</summary>
    public static bool IsEntity(string label) => All.Contains(label, StringComparer.Ordinal);

    /// <summary>The entity label of a node: the first of its labels that is one of <see cref="All"/>, or <c>null</c>.</summary>
    public static string? Of(IEnumerable<string> labels) => labels.FirstOrDefault(IsEntity);

    /// <summary>Whether a relationship type is a plain UPPER_SNAKE name, safe to write into a pattern.</summary>
    public static bool IsRelationshipType(string type) => RelationshipTypePattern().IsMatch(type);

    /// <summary>
    /// The property that names a node of this label: the catalogue's <see cref="EntitySpec.DisplayProperty"/>
    /// (<c>title</c> for posts, declarations, meetings and sources), <c>name</c> for anything else.
    /// </summary>
    public static string LabelProperty(string? label) =>
        (label is null ? null : EntityCatalog.Entity(label)?.DisplayProperty) ?? "name";

    /// <summary>The other naming property: the one a node's name falls back to when its display property is missing.</summary>
    public static string OtherLabelProperty(string? label) => LabelProperty(label) == "title" ? "name" : "title";

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex RelationshipTypePattern();
}
