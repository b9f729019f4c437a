namespace GraphExplorer.Core.Encounters;

/// <summary>The meeting of an encounter. Unknown facts (often the date and place) are <c>null</c>.</summary>
/// <param name="Date">A possibly partial date (<c>2025</c>, <c>2025-06</c>, <c>2025-06-12</c>).</param>
/// <param name="Level">The level it was held at, e.g. <c>directors for defence policy and armament</c>.</param>
public sealed record MeetingInfo(string Id, string Title, string? Date, string? Level, string? Location, string? Summary);
