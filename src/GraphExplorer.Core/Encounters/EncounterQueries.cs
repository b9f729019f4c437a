using GraphExplorer.Graph;

namespace GraphExplorer.Core.Encounters;

/// <summary>
/// The use case "who met whom under which agreement". Two participants met when both attended the same meeting
/// in different delegations. Each pair is reported both ways (A met B, B met A), so a participant filter finds
/// every encounter of that participant. Sides are officials, positions or countries (<see cref="EncounterLevel"/>);
/// who held a post is read from <c>HOLDS {since, until}</c> at the meeting's date. Thread-safe (stateless over a
/// thread-safe port).
/// </summary>
public sealed partial class EncounterQueries(IGraphDatabase database)
{
    // One round trip. The meetings are narrowed in Cypher (date window, declaration, and a participant test that
    // may let through more than it should); the level's sides, the tenures at the meeting's date and the exact
    // participant/counterpart match are worked out from the rows (EncounterQueries.Sides.cs). Partial dates
    // compare as strings: a date D is not after the window's end E when D <= E, and not before its start S when
    // D >= left(S, size(D)) (the prefix of S as long as D), which is the interval rule of docs/graphql.md.
    private const string FindCypher = """
        MATCH (m:Meeting)
        """ + "\n" + MeetingsCypher;

    // The meetings an official or a position attended, itself or through a post it held or a holder of it: the
    // same meetings the participant test below lets through for that id, found from the id index.
    private const string FindFromNodeCypher = """
        OPTIONAL MATCH (x)-[:HOLDS]-(y)
        WITH x, collect(y) AS others
        UNWIND [x] + others AS anchor
        MATCH (anchor)-[:ATTENDED]->(m:Meeting)
        WITH DISTINCT m
        """ + "\n" + MeetingsCypher;

    // The meetings a participant given as text (or as an id not known to be an official's or a position's) may
    // have taken part in, found from the matching entities instead of by testing every meeting: a superset of the
    // meetings the participant test below lets through, which it then narrows exactly. The entities whose name,
    // title or id match, and their HOLDS neighbours, give meetings through ATTENDED; attendances whose role or
    // delegation matches give theirs; matching countries give the meetings they took part in.
    private const string FindFromTextCypher = """
        OPTIONAL MATCH (pc:Country)
          WHERE pc.id = $participant OR toLower(coalesce(pc.name, '')) CONTAINS $participantText
        WITH collect(pc.id) AS countryIds
        OPTIONAL MATCH (n)
          WHERE n.id = $participant OR toLower(coalesce(n.name, n.title, '')) CONTAINS $participantText
        OPTIONAL MATCH (n)-[:HOLDS]-(held)
        WITH countryIds, collect(DISTINCT n) + collect(DISTINCT held) AS anchors
        UNWIND CASE WHEN size(anchors) = 0 THEN [null] ELSE anchors END AS anchor
        OPTIONAL MATCH (anchor)-[:ATTENDED]->(byAnchor:Meeting)
        WITH countryIds, collect(DISTINCT byAnchor) AS viaAnchors
        OPTIONAL MATCH ()-[pa:ATTENDED]->(byAttendance:Meeting)
          WHERE pa.delegationOf = $participant OR pa.delegationOf IN countryIds
             OR toLower(coalesce(pa.role, '')) CONTAINS $participantText
        WITH countryIds, viaAnchors, collect(DISTINCT byAttendance) AS viaAttendances
        OPTIONAL MATCH (tc:Country)-[:TOOK_PART_IN]->(byCountry:Meeting)
          WHERE tc.id IN countryIds
        WITH viaAnchors, viaAttendances, collect(DISTINCT byCountry) AS viaCountries
        UNWIND viaAnchors + viaAttendances + viaCountries AS m
        WITH DISTINCT m
        """ + "\n" + MeetingsCypher;

    private const string MeetingsCypher = """
        WHERE ($windowEnd IS NULL OR m.date IS NULL OR toString(m.date) <= $windowEnd)
          AND ($windowStart IS NULL OR m.date IS NULL OR toString(m.date) >= left($windowStart, size(toString(m.date))))
        OPTIONAL MATCH (m)-[:UNDER]->(d:Declaration)
        WITH m, d
        WHERE ($declaration IS NULL
               OR d.id = $declaration
               OR toLower(coalesce(d.title, '')) CONTAINS $declarationText)
          AND ($participant IS NULL
               OR EXISTS {
                    MATCH (p)-[pa:ATTENDED]->(m)
                    OPTIONAL MATCH (p)-[:HOLDS]-(px)
                    OPTIONAL MATCH (pc:Country) WHERE pc.id = pa.delegationOf
                    WITH p, pa, px, pc
                    WHERE p.id = $participant OR px.id = $participant OR pa.delegationOf = $participant
                       OR toLower(coalesce(p.name, p.title, '')) CONTAINS $participantText
                       OR toLower(coalesce(px.name, px.title, '')) CONTAINS $participantText
                       OR toLower(coalesce(pa.role, '')) CONTAINS $participantText
                       OR toLower(coalesce(pc.name, '')) CONTAINS $participantText
                    RETURN p
               }
               OR EXISTS {
                    MATCH (pc:Country)-[:TOOK_PART_IN]->(m)
                    WHERE pc.id = $participant OR toLower(coalesce(pc.name, '')) CONTAINS $participantText
                    RETURN pc
               })
        """ + "\n" + AttendanceCypher;

    // Per meeting (m) and declaration (d): the countries that took part, and one row per attendance with the
    // attendee's delegation and tenures (what EncounterQueries.Sides.cs works the sides out from).
    private const string AttendanceCypher = """
        OPTIONAL MATCH (tc:Country)-[:TOOK_PART_IN]->(m)
        WITH m, d, collect(tc) AS tookPart
        OPTIONAL MATCH (a)-[at:ATTENDED]->(m)
        OPTIONAL MATCH (ac:Country) WHERE ac.id = at.delegationOf
        OPTIONAL MATCH (a)-[h:HOLDS]-(x)
        WITH m, d, tookPart, a, at, ac, collect(CASE WHEN x IS NULL THEN NULL ELSE [x, h.since, h.until] END) AS tenures
        RETURN m AS meeting, d AS declaration, tookPart, a AS attendee, at.role AS role, at.headOfDelegation AS head,
               at.delegationOf AS countryId, ac.name AS countryName, tenures
        """;

    private readonly IGraphDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>
    /// Tests only: test every meeting for a text participant instead of starting from the candidates, so the two
    /// ways can be shown to give the same encounters.
    /// </summary>
    internal bool ScanEveryMeeting { get; init; }

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
        parameters["windowStart"] = filter.Window?.StartText;
        parameters["windowEnd"] = filter.Window?.EndText;

        var cypher = filter.ParticipantNode is { Label: "Official" or "Position" } node && node.Id == Criterion(filter.Participant)
            ? "MATCH (x:`" + node.Label + "` {id: $participant})\n" + FindFromNodeCypher
            : parameters["participant"] is null || ScanEveryMeeting ? FindCypher : FindFromTextCypher;
        var result = await _database.RunAsync(cypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var encounters = new List<Encounter>();
        foreach (var meeting in result.Records().Select(ToAttendanceRow).GroupBy(r => (r.Meeting.ElementId, r.Declaration?.ElementId)))
        {
            var participant = Criterion(filter.Participant);
            var counterpart = Criterion(filter.Counterpart);
            encounters.AddRange(EncountersAt([.. meeting], filter.Level, filter.Window, s => s.Matches(participant), s => s.Matches(counterpart)));
        }

        return [.. encounters
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
        var criterion = Criterion(value);
        parameters[name] = criterion;
        parameters[name + "Text"] = criterion?.ToLowerInvariant();
    }

    private static string? Criterion(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
