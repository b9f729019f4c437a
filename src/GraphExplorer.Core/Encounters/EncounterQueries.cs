using GraphExplorer.Graph;

namespace GraphExplorer.Core.Encounters;

/// <summary>
/// The use case "who met whom under which agreement". Two participants met when both attended the same meeting
/// in different delegations. Each pair is reported both ways (A met B, B met A), so a participant filter finds
/// every encounter of that participant. Thread-safe (stateless over a thread-safe port).
/// </summary>
public sealed partial class EncounterQueries(IGraphDatabase database)
{
    // One round trip. Countries are looked up by the attendance's delegationOf, so a participant belongs to the
    // delegation it attended in, whatever post it holds. The filters run after all OPTIONAL MATCHes, so a
    // declaration filter also drops meetings held under no declaration.
    private const string FindCypher = """
        MATCH (p)-[pa:ATTENDED]->(m:Meeting)<-[ca:ATTENDED]-(c)
        WHERE pa.delegationOf <> ca.delegationOf
        OPTIONAL MATCH (m)-[:UNDER]->(d:Declaration)
        OPTIONAL MATCH (pc:Country) WHERE pc.id = pa.delegationOf
        OPTIONAL MATCH (cc:Country) WHERE cc.id = ca.delegationOf
        WITH p, pa, pc, c, ca, cc, m, d
        WHERE ($participant IS NULL
               OR p.id = $participant
               OR pc.id = $participant
               OR toLower(coalesce(p.name, p.title, '')) CONTAINS $participantText
               OR toLower(coalesce(pa.role, '')) CONTAINS $participantText
               OR toLower(coalesce(pc.name, '')) CONTAINS $participantText)
          AND ($counterpart IS NULL
               OR c.id = $counterpart
               OR cc.id = $counterpart
               OR toLower(coalesce(c.name, c.title, '')) CONTAINS $counterpartText
               OR toLower(coalesce(ca.role, '')) CONTAINS $counterpartText
               OR toLower(coalesce(cc.name, '')) CONTAINS $counterpartText)
          AND ($declaration IS NULL
               OR d.id = $declaration
               OR toLower(coalesce(d.title, '')) CONTAINS $declarationText)
        RETURN p AS participant, pa.role AS participantRole, pa.headOfDelegation AS participantHead,
               pa.delegationOf AS participantCountryId, pc.name AS participantCountryName,
               c AS counterpart, ca.role AS counterpartRole, ca.headOfDelegation AS counterpartHead,
               ca.delegationOf AS counterpartCountryId, cc.name AS counterpartCountryName,
               m AS meeting, d AS declaration
        """;

    private readonly IGraphDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>
    /// Finds the encounters that match <paramref name="filter"/>, ordered by meeting, participant's country,
    /// participant and counterpart. One read round trip, with the filter passed as parameters.
    /// </summary>
    public async Task<IReadOnlyList<Encounter>> FindAsync(EncounterFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        AddCriterion(parameters, "participant", filter.Participant);
        AddCriterion(parameters, "counterpart", filter.Counterpart);
        AddCriterion(parameters, "declaration", filter.Declaration);

        var result = await _database.RunAsync(FindCypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return [.. result.Records()
            .Select(ToEncounter)
            .OrderBy(e => e.Meeting.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Participant.CountryId, StringComparer.Ordinal)
            .ThenBy(e => e.Participant.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Counterpart.CountryId, StringComparer.Ordinal)
            .ThenBy(e => e.Counterpart.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Declaration?.Id, StringComparer.Ordinal)];
    }

    /// <summary>Passes a criterion as itself (to compare with ids) and lower-cased (to find in names); blank means none.</summary>
    private static void AddCriterion(Dictionary<string, object?> parameters, string name, string? value)
    {
        var criterion = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        parameters[name] = criterion;
        parameters[name + "Text"] = criterion?.ToLowerInvariant();
    }
}
