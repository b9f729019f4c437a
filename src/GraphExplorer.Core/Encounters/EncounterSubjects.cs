using GraphExplorer.Core.Traversals;
using GraphExplorer.Graph;

namespace GraphExplorer.Core.Encounters;

/// <summary>
/// Resolves what a caller typed as a participant or counterpart to the entities it names, before any meeting is read:
/// an entity's id, else the officials, posts and countries whose name or title is exactly the text (through the
/// range indexes), else the best matches of <see cref="SearchQueries"/> for it. At most <see cref="MaxSubjects"/>
/// entities (exact matches) or <see cref="MaxMatches"/> (search matches) are kept, so a common surname costs the
/// encounters of a bounded set of people. Thread-safe (stateless over thread-safe services).
/// </summary>
public sealed class EncounterSubjects(IGraphDatabase database, SearchQueries search)
{
    /// <summary>The most entities an exact id, name or title resolves to.</summary>
    public const int MaxSubjects = 100;

    /// <summary>The most entities a text that names no entity exactly resolves to (the best search matches).</summary>
    public const int MaxMatches = 25;

    /// <summary>The labels a participant or counterpart can have.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["Official", "Position", "Country"];

    // Six index seeks: the id of each label, and its display property in the catalogue (a post's title, else the name).
    private static readonly string ExactCypher = string.Join("\nUNION ", Labels.SelectMany(label => new[] { "id", EntityLabels.LabelProperty(label) }
        .Select(key => $"MATCH (n:{label}) WHERE n.{key} = $text RETURN '{label}' AS label, n.id AS id, n.{EntityLabels.LabelProperty(label)} AS name")));

    private readonly IGraphDatabase _database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly SearchQueries _search = search ?? throw new ArgumentNullException(nameof(search));

    /// <summary>The entities <paramref name="text"/> names; <c>null</c> when the text is blank (anyone).</summary>
    public async Task<SubjectResolution?> ResolveAsync(string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["text"] = trimmed };
        var result = await _database.RunAsync(ExactCypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var exact = result.Rows
            .Where(row => row[1] is string)
            .Select(row => new EncounterSubject((string)row[0]!, (string)row[1]!, row[2] as string ?? (string)row[1]!))
            .Distinct()
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        if (exact.Count > 0)
        {
            return new SubjectResolution([.. exact.Take(MaxSubjects)], exact.Count > MaxSubjects);
        }

        var hits = await _search.SearchAsync(trimmed, Labels, MaxMatches + 1, cancellationToken).ConfigureAwait(false);
        return new SubjectResolution([.. hits.Take(MaxMatches).Select(h => new EncounterSubject(h.Label, h.Id, h.Text))], hits.Count > MaxMatches);
    }

    /// <summary>The entity <paramref name="node"/> names, when it is an official, a post or a country that exists.</summary>
    public async Task<SubjectResolution> ResolveAsync(NodeReference node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!Labels.Contains(node.Label, StringComparer.Ordinal))
        {
            throw new ArgumentException($"A participant or counterpart is an official, a post or a country, not a {node.Label}.", nameof(node));
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = node.Id };
        var result = await _database.RunAsync(
            "MATCH (n:`" + node.Label + "` {id: $id}) RETURN coalesce(n." + EntityLabels.LabelProperty(node.Label) + ", n.id) AS name",
            parameters,
            AccessMode.Read,
            cancellationToken).ConfigureAwait(false);
        return new SubjectResolution([.. result.Rows.Select(row => new EncounterSubject(node.Label, node.Id, row[0] as string ?? node.Id))], false);
    }
}

/// <summary>The entities a participant or counterpart resolved to.</summary>
/// <param name="Subjects">The entities, best first; empty when nothing matched (then there are no encounters).</param>
/// <param name="Truncated">Whether more entities matched than were kept.</param>
public sealed record SubjectResolution(IReadOnlyList<EncounterSubject> Subjects, bool Truncated);
