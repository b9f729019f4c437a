namespace GraphExplorer.Core.Encounters;

/// <summary>What encounters are grouped by.</summary>
public enum EncounterGrouping
{
    /// <summary>The meeting: how many encounters each meeting gave.</summary>
    Meeting,

    /// <summary>The counterpart: whom the participant met, and how often.</summary>
    Counterpart,

    /// <summary>The counterpart's delegation: which countries the participant met, and how often.</summary>
    Country,
}

/// <summary>One group of encounters.</summary>
/// <param name="Key">The meeting, counterpart or country the group is about.</param>
/// <param name="Count">How many encounters it holds.</param>
/// <param name="MeetingCount">At how many distinct meetings.</param>
public sealed record EncounterGroup(EncounterSubject Key, int Count, int MeetingCount);
