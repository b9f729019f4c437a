using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Execution.Expressions;

/// <summary>Property access on temporal and spatial values (<c>d.year</c>, <c>dur.days</c>, <c>p.x</c>).</summary>
internal static class TemporalComponents
{
    /// <summary>The component <paramref name="key"/> of <paramref name="value"/>; a type error for values without properties.</summary>
    public static object? Get(object value, string key) => value switch
    {
        DateOnly date => DateComponent(date, key),
        DateTime dateTime => DateComponent(DateOnly.FromDateTime(dateTime), key) ?? TimeComponent(TimeOnly.FromDateTime(dateTime), key),
        DateTimeOffset offset => DateComponent(DateOnly.FromDateTime(offset.DateTime), key)
            ?? TimeComponent(TimeOnly.FromDateTime(offset.DateTime), key)
            ?? OffsetComponent(offset, key),
        TimeOnly time => TimeComponent(time, key),
        CypherDuration duration => DurationComponent(duration, key),
        CypherPoint point => key.ToLowerInvariant() switch
        {
            "x" or "longitude" => point.X,
            "y" or "latitude" => point.Y,
            "z" or "height" => point.Z,
            "srid" => (long)point.Srid,
            _ => null,
        },
        _ => throw EngineErrors.TypeError($"Type mismatch: expected a map, node or relationship but was {CypherTypes.TypeName(value)}"),
    };

    private static object? DateComponent(DateOnly date, string key) => key.ToLowerInvariant() switch
    {
        "year" => (long)date.Year,
        "month" => (long)date.Month,
        "day" => (long)date.Day,
        "quarter" => (long)((date.Month - 1) / 3 + 1),
        "dayofweek" or "weekday" => (long)(date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek),
        "ordinalday" => (long)date.DayOfYear,
        "week" => (long)System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)),
        "weekyear" => (long)System.Globalization.ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)),
        _ => null,
    };

    private static object? TimeComponent(TimeOnly time, string key) => key.ToLowerInvariant() switch
    {
        "hour" => (long)time.Hour,
        "minute" => (long)time.Minute,
        "second" => (long)time.Second,
        "millisecond" => (long)time.Millisecond,
        "microsecond" => time.Ticks % TimeSpan.TicksPerSecond / 10,
        "nanosecond" => time.Ticks % TimeSpan.TicksPerSecond * 100,
        _ => null,
    };

    private static object? OffsetComponent(DateTimeOffset value, string key) => key.ToLowerInvariant() switch
    {
        "offsetseconds" => (long)value.Offset.TotalSeconds,
        "offsetminutes" => (long)value.Offset.TotalMinutes,
        "epochseconds" => value.ToUnixTimeSeconds(),
        "epochmillis" => value.ToUnixTimeMilliseconds(),
        _ => null,
    };

    private static object? DurationComponent(CypherDuration duration, string key) => key.ToLowerInvariant() switch
    {
        "years" => duration.Months / 12,
        "quarters" => duration.Months / 3,
        "months" => duration.Months,
        "monthsofyear" => duration.Months % 12,
        "monthsofquarter" => duration.Months % 3,
        "weeks" => duration.Days / 7,
        "days" => duration.Days,
        "daysofweek" => duration.Days % 7,
        "hours" => duration.Seconds / 3600,
        "minutes" => duration.Seconds / 60,
        "seconds" => duration.Seconds,
        "minutesofhour" => duration.Seconds / 60 % 60,
        "secondsofminute" => duration.Seconds % 60,
        "milliseconds" => duration.Seconds * 1000 + duration.Nanoseconds / 1_000_000,
        "microseconds" => duration.Seconds * 1_000_000 + duration.Nanoseconds / 1000,
        "nanoseconds" => duration.Seconds * 1_000_000_000 + duration.Nanoseconds,
        "millisecondsofsecond" => (long)(duration.Nanoseconds / 1_000_000),
        "microsecondsofsecond" => (long)(duration.Nanoseconds / 1000),
        "nanosecondsofsecond" => (long)duration.Nanoseconds,
        _ => null,
    };
}
