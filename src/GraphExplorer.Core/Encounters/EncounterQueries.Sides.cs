using GraphExplorer.Core.Traversals;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Encounters;

/// <summary>Works out the sides of each meeting at the asked level, and pairs them.</summary>
public sealed partial class EncounterQueries
{
    /// <summary>The encounters at one meeting (its attendance rows) whose sides pass the two tests.</summary>
    private static IEnumerable<Encounter> EncountersAt(
        IReadOnlyList<AttendanceRow> rows,
        EncounterLevel level,
        DateInterval? window,
        Func<Side, bool> isParticipant,
        Func<Side, bool> isCounterpart)
    {
        var first = rows[0];
        var meetingDate = PartialDate.FromValue(first.Meeting.Properties.GetValueOrDefault("date"));
        if (meetingDate is { } date && window is { } asked && !date.Overlaps(asked))
        {
            yield break;
        }

        var sides = level == EncounterLevel.Country
            ? CountrySides(rows)
            : PersonSides(rows, level, meetingDate, window);
        var meeting = ToMeeting(first.Meeting);
        var declaration = first.Declaration is null ? null : ToDeclaration(first.Declaration);
        foreach (var one in sides.Where(isParticipant))
        {
            foreach (var other in sides.Where(s => s.Party.CountryId is not null && isCounterpart(s)))
            {
                if (one.Party.CountryId is not null && !string.Equals(one.Party.CountryId, other.Party.CountryId, StringComparison.Ordinal))
                {
                    yield return new Encounter(one.Party, other.Party, meeting, declaration);
                }
            }
        }
    }

    /// <summary>Officials or positions: each attendance stands for itself, or for whom it resolves to through <c>HOLDS</c> at the time.</summary>
    private static List<Side> PersonSides(IReadOnlyList<AttendanceRow> rows, EncounterLevel level, DateInterval? meetingDate, DateInterval? window)
    {
        var (attendingLabel, resolvedLabel) = level == EncounterLevel.Official ? ("Position", "Official") : ("Official", "Position");
        var sides = new List<Side>();
        foreach (var row in rows)
        {
            if (row.Attendee is not { } attendee)
            {
                continue;
            }

            var resolved = attendee.Labels.Contains(attendingLabel)
                ? row.Tenures.Where(t => t.Node.Labels.Contains(resolvedLabel) && InOffice(t.Interval, meetingDate, window)).Select(t => t.Node).ToList()
                : [];
            if (resolved.Count == 0)
            {
                resolved.Add(attendee);
            }

            foreach (var node in resolved)
            {
                var party = new EncounterParty(Id(node), Kind(node), Label(node), row.CountryId, row.CountryName, row.Role, row.Head);
                Merge(sides, new Side(party, [Id(node), Id(attendee), row.CountryId], [Label(node), Label(attendee), row.Role, row.CountryName]));
            }
        }

        return sides;
    }

    /// <summary>Countries: the delegations that attended and the countries recorded as taking part.</summary>
    private static List<Side> CountrySides(IReadOnlyList<AttendanceRow> rows)
    {
        var sides = new List<Side>();
        foreach (var row in rows)
        {
            if (row.Attendee is not null && row.CountryId is { } countryId)
            {
                var party = new EncounterParty(countryId, "Country", row.CountryName ?? countryId, countryId, row.CountryName, null, null);
                Merge(sides, new Side(party, [countryId], [row.CountryName]));
            }
        }

        foreach (var country in rows[0].TookPart)
        {
            var name = Label(country);
            var party = new EncounterParty(Id(country), "Country", name, Id(country), name, null, null);
            Merge(sides, new Side(party, [Id(country)], [name]));
        }

        return sides;
    }

    /// <summary>A tenure counts when it overlaps the meeting's date and the asked window; unknown dates exclude nothing.</summary>
    private static bool InOffice(DateInterval tenure, DateInterval? meetingDate, DateInterval? window) =>
        (meetingDate is not { } date || tenure.Overlaps(date)) && (window is not { } asked || tenure.Overlaps(asked));

    /// <summary>Adds a side, or folds it into the one already there for the same party and delegation.</summary>
    private static void Merge(List<Side> sides, Side side)
    {
        var index = sides.FindIndex(s => s.Party.Id == side.Party.Id && s.Party.CountryId == side.Party.CountryId);
        if (index < 0)
        {
            sides.Add(side);
            return;
        }

        var known = sides[index];
        var party = known.Party with
        {
            Role = known.Party.Role ?? side.Party.Role,
            HeadOfDelegation = known.Party.HeadOfDelegation ?? side.Party.HeadOfDelegation,
        };
        sides[index] = new Side(party, [.. known.Ids, .. side.Ids], [.. known.Texts, .. side.Texts]);
    }

    /// <summary>One side of a meeting, with the ids and texts a participant or counterpart criterion is matched against.</summary>
    private sealed record Side(EncounterParty Party, IReadOnlyList<string?> Ids, IReadOnlyList<string?> Texts)
    {
        public bool Matches(string? criterion) =>
            criterion is null
            || Ids.Any(id => string.Equals(id, criterion, StringComparison.Ordinal))
            || Texts.Any(text => text is not null && text.Contains(criterion, StringComparison.OrdinalIgnoreCase));

        /// <summary>Whether the side is, or attended as, or (a country) was the delegation of one of <paramref name="ids"/>; <c>null</c> is anyone.</summary>
        public bool IsAny(IReadOnlySet<string>? ids) => ids is null || Ids.Any(id => id is not null && ids.Contains(id));
    }

    /// <summary>A node that held or was held (the other end of <c>HOLDS</c>) and the tenure's interval.</summary>
    private sealed record Tenure(GraphNode Node, DateInterval Interval);

    /// <summary>One attendance of a meeting (or none, for a meeting nobody is recorded attending).</summary>
    private sealed record AttendanceRow(
        GraphNode Meeting,
        GraphNode? Declaration,
        IReadOnlyList<GraphNode> TookPart,
        GraphNode? Attendee,
        string? Role,
        bool? Head,
        string? CountryId,
        string? CountryName,
        IReadOnlyList<Tenure> Tenures);
}
