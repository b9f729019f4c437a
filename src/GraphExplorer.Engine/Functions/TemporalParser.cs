using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Functions;

/// <summary>
/// Parses Neo4j's ISO-8601 temporal strings: dates (<c>2025</c>, <c>2025-06</c>, <c>2025-06-01</c>,
/// <c>20250601</c>), times (<c>10</c>, <c>10:30</c>, <c>10:30:15.5</c>, <c>103015</c>) with an
/// optional offset (<c>Z</c>, <c>+01:00</c>, <c>+0100</c>, <c>+01</c>) or zone (<c>[Europe/Paris]</c>),
/// and durations (<c>P1Y2M3W4DT5H6M7.5S</c>). Thread-safe: no state.
/// </summary>
internal static partial class TemporalParser
{
    /// <summary>Parses a date.</summary>
    public static DateOnly ParseDate(string text) =>
        TryParseDate(text.Trim(), out var date) ? date : throw Invalid("date", text);

    /// <summary>Parses a local time (any offset is rejected).</summary>
    public static TimeOnly ParseLocalTime(string text)
    {
        var match = TimeWithZone().Match(text.Trim());
        if (!match.Success || match.Groups["zone"].Success || !TryParseTime(match.Groups["time"].Value, out var time))
        {
            throw Invalid("local time", text);
        }

        return time;
    }

    /// <summary>Parses a zoned time; without an offset the time is taken to be UTC.</summary>
    public static DateTimeOffset ParseTime(string text)
    {
        var match = TimeWithZone().Match(text.Trim());
        if (!match.Success || !TryParseTime(match.Groups["time"].Value, out var time))
        {
            throw Invalid("time", text);
        }

        var local = CypherTypes.ZonedTimeDate.ToDateTime(time);
        var offset = match.Groups["zone"].Success ? ResolveOffset(match.Groups["zone"].Value, local, text) : TimeSpan.Zero;
        return new DateTimeOffset(local, offset);
    }

    /// <summary>Parses a local datetime: a date, optionally <c>T</c> and a time.</summary>
    public static DateTime ParseLocalDateTime(string text)
    {
        var (date, time, zone) = SplitDateTime(text, "local datetime");
        if (zone is not null)
        {
            throw Invalid("local datetime", text);
        }

        return date.ToDateTime(time);
    }

    /// <summary>Parses a zoned datetime; without an offset or zone it is taken to be UTC.</summary>
    public static DateTimeOffset ParseDateTime(string text)
    {
        var (date, time, zone) = SplitDateTime(text, "datetime");
        var local = date.ToDateTime(time);
        var offset = zone is null ? TimeSpan.Zero : ResolveOffset(zone, local, text);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The UTC offset of a zone text (<c>Z</c>, <c>+01:00</c>, <c>+0100</c>, <c>+01</c>, <c>[Region/City]</c>, or an offset followed by a region) at a local time.</summary>
    public static TimeSpan ResolveOffset(string zone, DateTime local, string textForErrors)
    {
        var bracket = zone.IndexOf('[', StringComparison.Ordinal);
        var offsetText = bracket >= 0 ? zone[..bracket] : zone;
        if (offsetText.Length > 0)
        {
            return ParseOffset(offsetText) ?? throw Invalid("time zone", textForErrors);
        }

        var region = zone[(bracket + 1)..].TrimEnd(']');
        return ResolveRegion(region, local) ?? throw Invalid("time zone", textForErrors);
    }

    /// <summary>The offset of a named zone (<c>Europe/Paris</c>, <c>UTC</c>) at a local time, or null when the zone is unknown.</summary>
    public static TimeSpan? ResolveRegion(string region, DateTime local)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(region).GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>Parses <c>Z</c>, <c>±HH</c>, <c>±HHMM</c> or <c>±HH:MM</c>; null when malformed.</summary>
    public static TimeSpan? ParseOffset(string text)
    {
        if (text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var match = OffsetPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours > 18 || minutes > 59)
        {
            return null;
        }

        var offset = new TimeSpan(hours, minutes, 0);
        return match.Groups["sign"].Value == "-" ? -offset : offset;
    }

    private static (DateOnly Date, TimeOnly Time, string? Zone) SplitDateTime(string text, string kind)
    {
        var trimmed = text.Trim();
        var separator = trimmed.IndexOfAny(['T', 't']);
        var datePart = separator >= 0 ? trimmed[..separator] : trimmed;
        if (!TryParseDate(datePart, out var date))
        {
            throw Invalid(kind, text);
        }

        if (separator < 0)
        {
            return (date, TimeOnly.MinValue, null);
        }

        var match = TimeWithZone().Match(trimmed[(separator + 1)..]);
        if (!match.Success || !TryParseTime(match.Groups["time"].Value, out var time))
        {
            throw Invalid(kind, text);
        }

        return (date, time, match.Groups["zone"].Success ? match.Groups["zone"].Value : null);
    }

    private static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        int Number(string group, int fallback) =>
            match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : fallback;

        var year = Number("y", 0);
        if (year is < 1 or > 9999)
        {
            return false;
        }

        if (match.Groups["w"].Success)
        {
            // ISO week date: 2015-W30-2 (day 1 is Monday, the default).
            var week = Number("w", 1);
            var weekday = Number("wd", 1);
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year) || weekday is < 1 or > 7)
            {
                return false;
            }

            date = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, (DayOfWeek)(weekday % 7)));
            return true;
        }

        if (match.Groups["o"].Success)
        {
            // Ordinal date: 2015-202.
            var ordinal = Number("o", 1);
            if (ordinal < 1 || ordinal > (DateTime.IsLeapYear(year) ? 366 : 365))
            {
                return false;
            }

            date = new DateOnly(year, 1, 1).AddDays(ordinal - 1);
            return true;
        }

        var month = Number("m", 1);
        var day = Number("d", 1);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryParseTime(string text, out TimeOnly time)
    {
        time = default;
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var ticks = match.Groups["f"].Success ? long.Parse(match.Groups["f"].Value.PadRight(7, '0')[..7], CultureInfo.InvariantCulture) : 0;
        time = new TimeOnly(hour, minute, second).Add(TimeSpan.FromTicks(ticks));
        return true;
    }

    private static Graph.Errors.CypherException Invalid(string kind, string text) =>
        CypherErrors.ArgumentError($"Text cannot be parsed to a {kind}: \"{text}\".", CypherErrors.InvalidArgumentValue);

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?|(?<m>\d{2})(?<d>\d{2})?|-?W(?<w>\d{2})(?:-?(?<wd>\d))?|-?(?<o>\d{3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<h>\d{2})(?::(?<m>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?|(?<m>\d{2})(?:(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?<time>[0-9:.,]+)(?<zone>(?:[Zz]|[+-][0-9:]+)(?:\[[^\]]+\])?|\[[^\]]+\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeWithZone();

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{2})(?::?(?<m>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
