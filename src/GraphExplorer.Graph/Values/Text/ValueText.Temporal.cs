using System.Globalization;

namespace GraphExplorer.Graph.Values;

public static partial class ValueText
{
    private static readonly string[] LocalTimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    /// <summary>A DATE: <c>yyyy-MM-dd</c>, with a sign and the year as it is outside 0–9999.</summary>
    public static string FormatDate(DateOnly value) =>
        value.Year is >= 0 and <= 9999
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{value.Year:+0;-0}-{value.Month:00}-{value.Day:00}");

    /// <summary>
    /// A LOCAL TIME as Java's <c>LocalTime.toString</c> writes it: <c>HH:mm</c>, then <c>:ss</c> unless seconds and
    /// fraction are zero, then the fraction in 3, 6 or 9 digits as needed.
    /// </summary>
    public static string FormatLocalTime(TimeOnly value)
    {
        var text = value.ToString("HH:mm", CultureInfo.InvariantCulture);
        var nanos = (value.Ticks % TimeSpan.TicksPerSecond) * 100;
        if (value.Second == 0 && nanos == 0)
        {
            return text;
        }

        text += value.ToString(":ss", CultureInfo.InvariantCulture);
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

    /// <summary>A LOCAL DATETIME: the date, <c>T</c>, the local time.</summary>
    public static string FormatLocalDateTime(DateTime value) =>
        FormatDate(DateOnly.FromDateTime(value)) + "T" + FormatLocalTime(TimeOnly.FromDateTime(value));

    /// <summary>A TIME (see <see cref="IsTime"/>): the local time and the offset (<c>Z</c> for UTC).</summary>
    public static string FormatTime(DateTimeOffset value) =>
        FormatLocalTime(TimeOnly.FromDateTime(value.DateTime)) + FormatOffset(value.Offset);

    /// <summary>A DATETIME with an offset: the local date-time and the offset (<c>Z</c> for UTC).</summary>
    public static string FormatDateTime(DateTimeOffset value) =>
        FormatLocalDateTime(value.DateTime) + FormatOffset(value.Offset);

    /// <summary>Reads a DATE (<c>yyyy-MM-dd</c>).</summary>
    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads a LOCAL TIME (<c>HH:mm</c>, <c>HH:mm:ss</c>, with a fraction of up to 7 digits).</summary>
    public static TimeOnly ParseLocalTime(string text) =>
        TimeOnly.ParseExact(TrimFraction(text), LocalTimeFormats, CultureInfo.InvariantCulture);

    /// <summary>Reads a LOCAL DATETIME.</summary>
    public static DateTime ParseLocalDateTime(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(TrimFraction(text), CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Unspecified);

    /// <summary>Reads a TIME (<c>12:50:35.556+01:00</c>, <c>…Z</c>) as the port carries it (see <see cref="IsTime"/>).</summary>
    public static DateTimeOffset ParseTime(string text)
    {
        var split = OffsetStart(text);
        return ToTime(ParseLocalTime(text[..split]), ParseOffset(text[split..]));
    }

    /// <summary>Reads an offset or zoned DATETIME; a zone id in brackets (<c>…+01:00[Europe/Berlin]</c>) is dropped, the offset kept.</summary>
    public static DateTimeOffset ParseDateTime(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        var offsetText = bracket >= 0 ? text[..bracket] : text;
        return DateTimeOffset.Parse(TrimFraction(offsetText), CultureInfo.InvariantCulture, DateTimeStyles.None);
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

    private static int OffsetStart(string text)
    {
        for (var i = text.Length - 1; i > 0; i--)
        {
            if (text[i] is '+' or '-' or 'Z' or 'z')
            {
                return i;
            }
        }

        throw new FormatException($"'{text}' is not a time with an offset.");
    }

    private static TimeSpan ParseOffset(string text) => text is "Z" or "z"
        ? TimeSpan.Zero
        : TimeSpan.ParseExact(text[1..], [@"hh\:mm", @"hhmm", @"hh"], CultureInfo.InvariantCulture) * (text[0] == '-' ? -1 : 1);

    /// <summary>Drops fraction digits past the 7 a tick holds (Neo4j writes up to 9), so .NET's parsers accept them.</summary>
    private static string TrimFraction(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return text;
        }

        var end = dot + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - dot - 1 <= 7 ? text : text[..(dot + 8)] + text[end..];
    }
}
