using System.Text.RegularExpressions;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// The labels of the graph model, and the checks that let a label or relationship type be written into Cypher
/// text (labels and types cannot be parameters). Stateless and thread-safe.
/// </summary>
public static partial class EntityLabels
{
    /// <summary>Every entity label, in the model's order.</summary>
    public static IReadOnlyList<string> All { get; } = ["Country", "Ministry", "Position", "Official", "Declaration", "Topic", "Meeting", "Source"];

    /// <summary>Whether <paramref name="label"/> is one of <see cref="All"/> (exact case).</summary>
    public static bool IsEntity(string label) => All.Contains(label, StringComparer.Ordinal);

    /// <summary>The entity label of a node: the first of its labels that is one of <see cref="All"/>, or <c>null</c>.</summary>
    public static string? Of(IEnumerable<string> labels) => labels.FirstOrDefault(IsEntity);

    /// <summary>Whether a relationship type is a plain UPPER_SNAKE name, safe to write into a pattern.</summary>
    public static bool IsRelationshipType(string type) => RelationshipTypePattern().IsMatch(type);

    /// <summary>The property that names a node of this label: <c>title</c> for posts, declarations, meetings and sources, else <c>name</c>.</summary>
    public static string LabelProperty(string? label) => label is "Position" or "Declaration" or "Meeting" or "Source" ? "title" : "name";

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex RelationshipTypePattern();
}
