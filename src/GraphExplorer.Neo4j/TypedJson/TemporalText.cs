using System.Globalization;
using System.Text;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Neo4j.TypedJson;

/// <summary>
/// The text forms the Query API uses for temporal values, durations and points (ISO 8601 and
/// <c>SRID=…;POINT(…)</c>), read into and written from the port's values. Thread-safe (stateless).
/// </summary>
public static class TemporalText
{
    /// <summary>The date that marks a <see cref="DateTimeOffset"/> as a Cypher TIME (the port's convention; year 1).</summary>
    public static readonly DateOnly TimeDate = new(1, 1, 2);

    private static readonly string[] _timeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    /// <summary>Whether a <see cref="DateTimeOffset"/> stands for a Cypher TIME rather than a DATETIME.</summary>
    public static bool IsTime(DateTimeOffset value) => value.Year == 1;

    public static string FormatDate(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatLocalTime(TimeOnly value) => value.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');

    public static string FormatLocalDateTime(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');

    public static string FormatTime(DateTimeOffset value) => FormatLocalTime(TimeOnly.FromDateTime(value.DateTime)) + FormatOffset(value.Offset);

    public static string FormatOffsetDateTime(DateTimeOffset value) => FormatLocalDateTime(value.DateTime) + FormatOffset(value.Offset);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TimeOnly ParseLocalTime(string text) => TimeOnly.ParseExact(text, _timeFormats, CultureInfo.InvariantCulture);

    public static DateTime ParseLocalDateTime(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Unspecified);

    /// <summary>A TIME (<c>12:50:35.556+01:00</c>, <c>…Z</c>) as a <see cref="DateTimeOffset"/> on <see cref="TimeDate"/>.</summary>
    public static DateTimeOffset ParseTime(string text)
    {
        var split = OffsetStart(text);
        var time = ParseLocalTime(text[..split]);
        return new DateTimeOffset(TimeDate.ToDateTime(time), ParseOffset(text[split..]));
    }

    /// <summary>An offset or zoned datetime; a zone id in brackets (<c>…+01:00[Europe/Berlin]</c>) is dropped, the offset kept.</summary>
    public static DateTimeOffset ParseDateTime(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        var offsetText = bracket >= 0 ? text[..bracket] : text;
        return DateTimeOffset.Parse(offsetText, CultureInfo.InvariantCulture, DateTimeStyles.None);
    }

    /// <summary>An ISO 8601 duration (<c>P1Y2M3DT4H5M6.000000007S</c>, components may be negative).</summary>
    public static CypherDuration ParseDuration(string text)
    {
        if (text.Length < 2 || char.ToUpperInvariant(text[0]) != 'P')
        {
            throw new FormatException($"'{text}' is not an ISO 8601 duration.");
        }

        long months = 0, days = 0;
        decimal seconds = 0;
        var inTime = false;
        var start = 1;
        for (var i = 1; i < text.Length; i++)
        {
            var c = char.ToUpperInvariant(text[i]);
            if (c == 'T')
            {
                inTime = true;
                start = i + 1;
                continue;
            }

            if (char.IsDigit(c) || c is '-' or '+' or '.')
            {
                continue;
            }

            var number = decimal.Parse(text[start..i], NumberStyles.Float, CultureInfo.InvariantCulture);
            start = i + 1;
            switch (c)
            {
                case 'Y' when !inTime: months += (long)(number * 12); break;
                case 'M' when !inTime: months += (long)number; break;
                case 'W' when !inTime: days += (long)(number * 7); break;
                case 'D' when !inTime: days += (long)number; break;
                case 'H' when inTime: seconds += number * 3600; break;
                case 'M' when inTime: seconds += number * 60; break;
                case 'S' when inTime: seconds += number; break;
                default: throw new FormatException($"'{text}' is not an ISO 8601 duration.");
            }
        }

        var whole = decimal.Truncate(seconds);
        var nanos = (int)((seconds - whole) * 1_000_000_000m);
        return Normalize(months, days, (long)whole, nanos);
    }

    /// <summary>A duration as Neo4j writes it: <c>P{months}M{days}DT{seconds}S</c> with the seconds' fraction.</summary>
    public static string FormatDuration(CypherDuration value)
    {
        var builder = new StringBuilder("P");
        var years = value.Months / 12;
        var months = value.Months % 12;
        if (years != 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{years}Y");
        }

        if (months != 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{months}M");
        }

        if (value.Days != 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{value.Days}D");
        }

        if (value.Seconds != 0 || value.Nanoseconds != 0 || builder.Length == 1)
        {
            var seconds = value.Seconds + (value.Nanoseconds / 1_000_000_000m);
            builder.Append('T').Append(seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append('S');
        }

        return builder.ToString();
    }

    /// <summary>A point as well-known text with its SRID: <c>SRID=4326;POINT (x y)</c> or <c>SRID=4979;POINT Z (x y z)</c>.</summary>
    public static string FormatPoint(CypherPoint value) => value.Z is { } z
        ? string.Create(CultureInfo.InvariantCulture, $"SRID={value.Srid};POINT Z ({FormatFloat(value.X)} {FormatFloat(value.Y)} {FormatFloat(z)})")
        : string.Create(CultureInfo.InvariantCulture, $"SRID={value.Srid};POINT ({FormatFloat(value.X)} {FormatFloat(value.Y)})");

    /// <summary>Reads <c>SRID=…;POINT(…)</c>, <c>SRID=…;POINT Z (…)</c>; spaces around the parts are optional.</summary>
    public static CypherPoint ParsePoint(string text)
    {
        var semicolon = text.IndexOf(';', StringComparison.Ordinal);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        if (!text.StartsWith("SRID=", StringComparison.OrdinalIgnoreCase) || semicolon < 0 || open < semicolon || close < open)
        {
            throw new FormatException($"'{text}' is not a point in the form SRID=…;POINT(…).");
        }

        var srid = int.Parse(text.AsSpan(5, semicolon - 5).Trim(), CultureInfo.InvariantCulture);
        var coordinates = text[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => double.Parse(part, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
        return coordinates.Length switch
        {
            2 => new CypherPoint(srid, coordinates[0], coordinates[1]),
            3 => new CypherPoint(srid, coordinates[0], coordinates[1], coordinates[2]),
            _ => throw new FormatException($"'{text}' has {coordinates.Length} coordinates; a point has 2 or 3."),
        };
    }

    /// <summary>A float as Neo4j writes it: shortest round-trip form, <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>.</summary>
    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>Reads a float, including <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c>.</summary>
    public static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" or "+Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static CypherDuration Normalize(long months, long days, long seconds, int nanos)
    {
        if (nanos < 0 && seconds > 0)
        {
            seconds -= 1;
            nanos += 1_000_000_000;
        }

        return new CypherDuration(months, days, seconds, nanos);
    }

    private static string FormatOffset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

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
}
