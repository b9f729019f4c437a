namespace GraphExplorer.Graph.Values;

/// <summary>
/// The port's text forms of values, written as Neo4j writes them (Java's <c>toString</c> forms, which both
/// Cypher's <c>toString()</c> and the Query API use) and read back. Every backend, codec and tool formats
/// temporal values, durations, points and floats here, so the same value has the same text everywhere.
/// Thread-safe (stateless).
/// </summary>
/// <remarks>
/// The port carries a Cypher TIME (a time of day with an offset) as a <see cref="DateTimeOffset"/> on the date
/// <see cref="TimeDate"/> in year 1: <see cref="IsTime"/> tells it from a DATETIME, whose years start at 1 only in
/// values no real data holds.
/// </remarks>
public static partial class ValueText
{
    /// <summary>The date a <see cref="DateTimeOffset"/> carries when it stands for a Cypher TIME.</summary>
    public static readonly DateOnly TimeDate = new(1, 1, 2);

    /// <summary>Whether a <see cref="DateTimeOffset"/> stands for a Cypher TIME rather than a DATETIME (year 1).</summary>
    public static bool IsTime(DateTimeOffset value) => value.Year == 1;

    /// <summary>A TIME of day with an offset as the port carries it (on <see cref="TimeDate"/>).</summary>
    public static DateTimeOffset ToTime(TimeOnly time, TimeSpan offset) => new(TimeDate.ToDateTime(time), offset);

    /// <summary>
    /// The text Cypher's <c>toString()</c> gives a temporal value, a duration or a point
    /// (<c>2025-06-12</c>, <c>12:50:35.556+01:00</c>, <c>P1Y2M3DT4H</c>, <c>point({x: 1.0, y: 2.0, crs: 'cartesian'})</c>),
    /// or <c>null</c> when the value is none of those.
    /// </summary>
    public static string? TryFormat(object? value) => value switch
    {
        DateOnly date => FormatDate(date),
        DateTime local => FormatLocalDateTime(local),
        DateTimeOffset time when IsTime(time) => FormatTime(time),
        DateTimeOffset dateTime => FormatDateTime(dateTime),
        TimeOnly time => FormatLocalTime(time),
        CypherDuration duration => FormatDuration(duration),
        CypherPoint point => FormatPoint(point),
        _ => null,
    };
}
