using GraphExplorer.Graph;

namespace GraphExplorer.Core.Encounters;

/// <summary>
/// Encounters by keyset pages and in groups, over participants already resolved to entities. A page reads the
/// candidate meetings in id order from the participants (their attendances, the posts they held or their holders,
/// the meetings a country took part in) or, without participants, from all meetings; it stops after the meetings
/// that fill the page, so the first page costs what it returns, not what the participants did in all.
/// </summary>
public sealed partial class EncounterQueries
{
    // The meetings the participants may have taken part in: from the officials and posts given, themselves or
    // through HOLDS (a post's holders, an official's posts), by ATTENDED; from the countries given, by TOOK_PART_IN.
    // A superset: the sides are matched exactly afterwards (EncountersAt with Side.IsAny).
    /// <summary>How many (meeting, declaration) pairs the first read of a page takes.</summary>
    private const int InitialMeetings = 4;

    private const string FromSubjectsCypher = """
        OPTIONAL MATCH (o:Official) WHERE o.id IN $officials
        WITH collect(o) AS officials
        OPTIONAL MATCH (p:Position) WHERE p.id IN $positions
        WITH officials, collect(p) AS positions
        WITH officials + positions AS people
        UNWIND CASE WHEN size(people) = 0 THEN [null] ELSE people END AS person
        OPTIONAL MATCH (person)-[:HOLDS]-(held)
        WITH person, collect(held) AS holds
        UNWIND [person] + holds AS anchor
        OPTIONAL MATCH (anchor)-[:ATTENDED]->(attended:Meeting)
        WITH collect(DISTINCT attended) AS viaPeople
        OPTIONAL MATCH (c:Country)-[:TOOK_PART_IN]->(took:Meeting) WHERE c.id IN $countries
        WITH viaPeople, collect(DISTINCT took) AS viaCountries
        UNWIND viaPeople + viaCountries AS m
        WITH DISTINCT m
        """;

    // The candidate meetings from $afterMeeting on, in the window, under the declaration asked, in key order and
    // at most $meetings (meeting, declaration) pairs, with their attendance rows.
    private const string WindowCypher = """
        WITH m
        WHERE ($afterMeeting IS NULL OR m.id >= $afterMeeting)
          AND ($windowEnd IS NULL OR m.date IS NULL OR toString(m.date) <= $windowEnd)
          AND ($windowStart IS NULL OR m.date IS NULL OR toString(m.date) >= left($windowStart, size(toString(m.date))))
        OPTIONAL MATCH (m)-[:UNDER]->(d:Declaration)
        WITH m, d
        WHERE $declaration IS NULL OR d.id = $declaration OR toLower(coalesce(d.title, '')) CONTAINS $declarationText
        WITH m, d ORDER BY m.id, coalesce(d.id, '') LIMIT $meetings
        """ + "\n" + AttendanceCypher;

    /// <summary>
    /// The first <paramref name="first"/> encounters of <paramref name="selection"/> after <paramref name="after"/>
    /// (from the start when <c>null</c>), in <see cref="EncounterKey"/> order. Usually one round trip (a few
    /// meetings); another, reading twice as many meetings, only while the meetings read gave too few encounters.
    /// </summary>
    public async Task<EncounterPage> PageAsync(EncounterSelection selection, EncounterKey? after, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var page = new List<Encounter>();
        // A meeting usually gives a participant several encounters: start with a few meetings, double while short.
        var batch = Math.Min(first + 1, InitialMeetings);
        (string Meeting, string Declaration)? lastRead = null;
        while (page.Count <= first)
        {
            var meetings = await ReadMeetingsAsync(selection, lastRead?.Meeting ?? after?.MeetingId, batch, cancellationToken).ConfigureAwait(false);
            foreach (var meeting in meetings)
            {
                var key = MeetingKey(meeting);
                if (lastRead is { } read && CompareMeetingKeys(key, read) <= 0)
                {
                    continue;
                }

                page.AddRange(Encounters(meeting, selection).Where(e => after is null || EncounterKey.Of(e).CompareTo(after) > 0));
                lastRead = key;
            }

            if (meetings.Count < batch)
            {
                break;
            }

            batch *= 2;
        }

        return new EncounterPage([.. page.Take(first)], page.Count > first);
    }

    /// <summary>Every encounter of <paramref name="selection"/>, in <see cref="EncounterKey"/> order (for counts and groups).</summary>
    public async Task<IReadOnlyList<Encounter>> AllAsync(EncounterSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var meetings = await ReadMeetingsAsync(selection, null, int.MaxValue, cancellationToken).ConfigureAwait(false);
        return [.. meetings.SelectMany(m => Encounters(m, selection))];
    }

    /// <summary>
    /// The encounters of <paramref name="selection"/> grouped by meeting, counterpart or the counterpart's country,
    /// most encounters first (then by name and id).
    /// </summary>
    public async Task<IReadOnlyList<EncounterGroup>> GroupAsync(EncounterSelection selection, EncounterGrouping by, CancellationToken cancellationToken)
    {
        var all = await AllAsync(selection, cancellationToken).ConfigureAwait(false);
        return [.. all
            .GroupBy(e => GroupKey(e, by))
            .Select(g => new EncounterGroup(g.Key, g.Count(), g.Select(e => e.Meeting.Id).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Id, StringComparer.Ordinal)];
    }

    private static EncounterSubject GroupKey(Encounter encounter, EncounterGrouping by) => by switch
    {
        EncounterGrouping.Meeting => new EncounterSubject("Meeting", encounter.Meeting.Id, encounter.Meeting.Title),
        EncounterGrouping.Counterpart => new EncounterSubject(encounter.Counterpart.Kind, encounter.Counterpart.Id, encounter.Counterpart.Name),
        _ => new EncounterSubject("Country", encounter.Counterpart.CountryId ?? "", encounter.Counterpart.CountryName ?? encounter.Counterpart.CountryId ?? ""),
    };

    /// <summary>The (meeting, declaration) pairs from <paramref name="afterMeeting"/> on, at most <paramref name="limit"/>, each with its attendance rows, in key order.</summary>
    private async Task<List<IReadOnlyList<AttendanceRow>>> ReadMeetingsAsync(
        EncounterSelection selection, string? afterMeeting, int limit, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["afterMeeting"] = afterMeeting,
            ["meetings"] = (long)limit,
            ["windowStart"] = selection.Window?.StartText,
            ["windowEnd"] = selection.Window?.EndText,
        };
        AddCriterion(parameters, "declaration", selection.Declaration);
        string cypher;
        if (selection.Participants is { } participants)
        {
            foreach (var (label, name) in new[] { ("Official", "officials"), ("Position", "positions"), ("Country", "countries") })
            {
                parameters[name] = participants.Where(p => p.Label == label).Select(p => (object?)p.Id).ToList();
            }

            cypher = FromSubjectsCypher + "\n" + WindowCypher;
        }
        else
        {
            cypher = "MATCH (m:Meeting)\n" + WindowCypher;
        }

        var result = await _database.RunAsync(cypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return [.. result.Records()
            .Select(ToAttendanceRow)
            .GroupBy(r => (r.Meeting.ElementId, r.Declaration?.ElementId))
            .Select(g => (IReadOnlyList<AttendanceRow>)[.. g])
            .OrderBy(g => MeetingKey(g).Meeting, StringComparer.Ordinal)
            .ThenBy(g => MeetingKey(g).Declaration, StringComparer.Ordinal)];
    }

    private static IEnumerable<Encounter> Encounters(IReadOnlyList<AttendanceRow> meeting, EncounterSelection selection)
    {
        var participants = selection.Participants?.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var counterparts = selection.Counterparts?.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return EncountersAt(meeting, selection.Level, selection.Window, s => s.IsAny(participants), s => s.IsAny(counterparts))
            .OrderBy(EncounterKey.Of);
    }

    private static (string Meeting, string Declaration) MeetingKey(IReadOnlyList<AttendanceRow> meeting) =>
        (Id(meeting[0].Meeting), meeting[0].Declaration is { } declaration ? Id(declaration) : "");

    private static int CompareMeetingKeys((string Meeting, string Declaration) one, (string Meeting, string Declaration) other)
    {
        var order = string.CompareOrdinal(one.Meeting, other.Meeting);
        return order != 0 ? order : string.CompareOrdinal(one.Declaration, other.Declaration);
    }
}
