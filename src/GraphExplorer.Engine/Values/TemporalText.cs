using System.Globalization;
using System.Text;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Values;

/// <summary>Neo4j's ISO text of temporal, duration and point values (what <c>toString()</c> returns). Thread-safe: no state.</summary>
internal static class TemporalText
{
    /// <summary>The ISO text of a temporal, duration or point value, or null when the value is none of those.</summary>
    public static string? TryFormat(object? value) => value switch
    {
        DateOnly date => FormatDate(date),
        DateTime local => FormatDate(DateOnly.FromDateTime(local)) + "T" + FormatTime(TimeOnly.FromDateTime(local)),
        DateTimeOffset time when CypherTypes.IsZonedTime(time) => FormatTime(TimeOnly.FromDateTime(time.DateTime)) + FormatOffset(time.Offset),
        DateTimeOffset zoned => FormatDate(DateOnly.FromDateTime(zoned.DateTime)) + "T" + FormatTime(TimeOnly.FromDateTime(zoned.DateTime)) + FormatOffset(zoned.Offset),
        TimeOnly time => FormatTime(time),
        CypherDuration duration => FormatDuration(duration),
        CypherPoint point => FormatPoint(point),
        _ => null,
    };

    private static string FormatDate(DateOnly date) =>
        date.Year is >= 0 and <= 9999
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{date.Year:+0;-0}-{date.Month:00}-{date.Day:00}");

    /// <summary>
    /// Java's <c>LocalTime.toString</c>, which Neo4j prints: <c>HH:mm</c>, then <c>:ss</c> unless
    /// seconds and fraction are zero, then the fraction in 3, 6 or 9 digits as needed.
    /// </summary>
    private static string FormatTime(TimeOnly time)
    {
        var text = time.ToString("HH:mm", CultureInfo.InvariantCulture);
        var nanos = (time.Ticks % TimeSpan.TicksPerSecond) * 100;
        if (time.Second == 0 && nanos == 0)
        {
            return text;
        }

        text += time.ToString(":ss", CultureInfo.InvariantCulture);
        if (nanos == 0)
        {
            return text;
        }

        return nanos % 1_000_000 == 0
            ? text + "." + (nanos / 1_000_000).ToString("000", CultureInfo.InvariantCulture)
            : nanos % 1_000 == 0
                ? text + "." + (nanos / 1_000).ToString("000000", CultureInfo.InvariantCulture)
                : text + "." + nanos.ToString("000000000", CultureInfo.InvariantCulture);
    }

    private static string FormatOffset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "Z";
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var magnitude = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{magnitude.Hours:00}:{magnitude.Minutes:00}");
    }

    /// <summary>ISO-8601 duration as Neo4j prints it: <c>P1Y2M3DT4H5M6.5S</c>, <c>PT0S</c> when zero.</summary>
    private static string FormatDuration(CypherDuration duration)
    {
        var builder = new StringBuilder("P");
        var years = duration.Months / 12;
        var months = duration.Months % 12;
        if (years != 0)
        {
            builder.Append(years.ToString(CultureInfo.InvariantCulture)).Append('Y');
        }

        if (months != 0)
        {
            builder.Append(months.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (duration.Days != 0)
        {
            builder.Append(duration.Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        var totalNanos = ((Int128)duration.Seconds * Temporals.NanosPerSecond) + duration.Nanoseconds;
        if (totalNanos != 0)
        {
            builder.Append('T');
            var negative = totalNanos < 0;
            var magnitude = negative ? -totalNanos : totalNanos;
            var hours = (long)(magnitude / (3600 * (Int128)Temporals.NanosPerSecond));
            magnitude -= hours * 3600 * (Int128)Temporals.NanosPerSecond;
            var minutes = (long)(magnitude / (60 * (Int128)Temporals.NanosPerSecond));
            magnitude -= minutes * 60 * (Int128)Temporals.NanosPerSecond;
            var seconds = (long)(magnitude / Temporals.NanosPerSecond);
            var nanos = (long)(magnitude % Temporals.NanosPerSecond);
            var sign = negative ? "-" : string.Empty;
            if (hours != 0)
            {
                builder.Append(sign).Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
            }

            if (minutes != 0)
            {
                builder.Append(sign).Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            if (seconds != 0 || nanos != 0)
            {
                builder.Append(sign).Append(seconds.ToString(CultureInfo.InvariantCulture));
                if (nanos != 0)
                {
                    builder.Append('.').Append(nanos.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                builder.Append('S');
            }
        }

        return builder.Length == 1 ? "PT0S" : builder.ToString();
    }

    private static string FormatPoint(CypherPoint point)
    {
        var crs = point.Srid switch
        {
            4326 => "wgs-84",
            4979 => "wgs-84-3d",
            7203 => "cartesian",
            9157 => "cartesian-3d",
            _ => point.Srid.ToString(CultureInfo.InvariantCulture),
        };
        var z = point.Z is { } height ? $", z: {CypherTypes.FormatFloat(height)}" : string.Empty;
        return $"point({{x: {CypherTypes.FormatFloat(point.X)}, y: {CypherTypes.FormatFloat(point.Y)}{z}, crs: '{crs}'}})";
    }
}
