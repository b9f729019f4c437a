using System.Globalization;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Encounters;

/// <summary>Turns rows of the encounter query into records.</summary>
public sealed partial class EncounterQueries
{
    private static AttendanceRow ToAttendanceRow(IReadOnlyDictionary<string, object?> row) =>
        new(
            Node(row, "meeting"),
            row["declaration"] as GraphNode,
            row["tookPart"] is IReadOnlyList<object?> countries ? [.. countries.OfType<GraphNode>()] : [],
            row["attendee"] as GraphNode,
            Text(row["role"]),
            row["head"] as bool?,
            Text(row["countryId"]),
            Text(row["countryName"]),
            row["tenures"] is IReadOnlyList<object?> tenures ? [.. tenures.OfType<IReadOnlyList<object?>>().Select(ToTenure)] : []);

    private static Tenure ToTenure(IReadOnlyList<object?> tenure) =>
        new(
            tenure[0] as GraphNode ?? throw new InvalidOperationException("The encounter query returned a tenure without a node."),
            DateInterval.Between(PartialDate.FromValue(tenure[1]), PartialDate.FromValue(tenure[2])));

    /// <summary>The node's kind: <c>Official</c>, <c>Position</c>, <c>Country</c>, or its first label.</summary>
    private static string Kind(GraphNode node) =>
        node.Labels.Contains("Official") ? "Official"
        : node.Labels.Contains("Position") ? "Position"
        : node.Labels.Contains("Country") ? "Country"
        : node.Labels.FirstOrDefault() ?? "Node";

    /// <summary>The node's display property in the catalogue (a position's title, an official's name), or the other, or the id.</summary>
    internal static string Label(GraphNode node) =>
        Text(node, EntityLabels.LabelProperty(Kind(node))) ?? Text(node, EntityLabels.OtherLabelProperty(Kind(node))) ?? Id(node);

    private static MeetingInfo ToMeeting(GraphNode node) =>
        new(
            Id(node),
            Text(node, "title") ?? Id(node),
            Text(node, "date"),
            Text(node, "level"),
            Text(node, "location"),
            Text(node, "summary"));

    private static DeclarationInfo ToDeclaration(GraphNode node) =>
        new(
            Id(node),
            Text(node, "title") ?? Id(node),
            Text(node, "kind"),
            Text(node, "signedOn"),
            Text(node, "summary"));

    private static GraphNode Node(IReadOnlyDictionary<string, object?> row, string column) =>
        row[column] as GraphNode
        ?? throw new InvalidOperationException($"The encounter query returned no node in column '{column}'.");

    private static string Id(GraphNode node) => Text(node, "id") ?? node.ElementId;

    private static string? Text(GraphNode node, string key) =>
        node.Properties.TryGetValue(key, out var value) ? Text(value) : null;

    /// <summary>A property as text: strings as they are, dates (a real Cypher Date) as ISO dates.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
