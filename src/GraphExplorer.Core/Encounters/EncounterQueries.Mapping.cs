using System.Globalization;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Encounters;

/// <summary>Turns rows of the encounter query into records.</summary>
public sealed partial class EncounterQueries
{
    private static Encounter ToEncounter(IReadOnlyDictionary<string, object?> row) =>
        new(
            ToParty(row, "participant"),
            ToParty(row, "counterpart"),
            ToMeeting(Node(row, "meeting")),
            row["declaration"] is GraphNode declaration ? ToDeclaration(declaration) : null);

    private static EncounterParty ToParty(IReadOnlyDictionary<string, object?> row, string side)
    {
        var node = Node(row, side);
        var kind = node.Labels.Contains("Official") ? "Official"
            : node.Labels.Contains("Position") ? "Position"
            : node.Labels.FirstOrDefault() ?? "Node";
        var name = kind == "Position"
            ? Text(node, "title") ?? Text(node, "name")
            : Text(node, "name") ?? Text(node, "title");
        return new EncounterParty(
            Id(node),
            kind,
            name ?? Id(node),
            Text(row[side + "CountryId"]),
            Text(row[side + "CountryName"]),
            Text(row[side + "Role"]),
            row[side + "Head"] as bool?);
    }

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
