namespace GraphExplorer.Core.Encounters;

/// <summary>
/// The sort key of an encounter, which is also its keyset cursor: meeting, declaration, the participant's delegation
/// and id, the counterpart's delegation and id, compared ordinally (a missing part is the empty string). Unique per
/// encounter, so a page that starts after a key neither repeats nor skips one.
/// </summary>
public sealed record EncounterKey(
    string MeetingId,
    string DeclarationId,
    string ParticipantCountryId,
    string ParticipantId,
    string CounterpartCountryId,
    string CounterpartId) : IComparable<EncounterKey>
{
    /// <summary>The key of <paramref name="encounter"/>.</summary>
    public static EncounterKey Of(Encounter encounter)
    {
        ArgumentNullException.ThrowIfNull(encounter);
        return new(
            encounter.Meeting.Id,
            encounter.Declaration?.Id ?? "",
            encounter.Participant.CountryId ?? "",
            encounter.Participant.Id,
            encounter.Counterpart.CountryId ?? "",
            encounter.Counterpart.Id);
    }

    /// <summary>The key's parts, in order (what a cursor carries).</summary>
    public IReadOnlyList<string> Parts => [MeetingId, DeclarationId, ParticipantCountryId, ParticipantId, CounterpartCountryId, CounterpartId];

    /// <summary>The key made of <paramref name="parts"/> (six), or <c>null</c> when there are not six.</summary>
    public static EncounterKey? FromParts(IReadOnlyList<string> parts) =>
        parts is { Count: 6 } ? new(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]) : null;

    /// <inheritdoc />
    public int CompareTo(EncounterKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        var mine = Parts;
        var theirs = other.Parts;
        for (var i = 0; i < mine.Count; i++)
        {
            var order = string.CompareOrdinal(mine[i], theirs[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
