using System.Globalization;
using System.Text;

namespace GraphExplorer.Graph.Values;

public static partial class ValueText
{
    private const long NanosPerSecond = 1_000_000_000;

    /// <summary>A DURATION as Neo4j writes it: <c>P1Y2M3DT4H5M6.5S</c>, each time part signed, <c>PT0S</c> when zero.</summary>
    public static string FormatDuration(CypherDuration value)
    {
        var builder = new StringBuilder("P");
        AppendPart(builder, value.Months / 12, 'Y');
        AppendPart(builder, value.Months % 12, 'M');
        AppendPart(builder, value.Days, 'D');

        var totalNanos = ((Int128)value.Seconds * NanosPerSecond) + value.Nanoseconds;
        if (totalNanos != 0)
        {
            builder.Append('T');
            var negative = totalNanos < 0;
            var magnitude = negative ? -totalNanos : totalNanos;
            var hours = (long)(magnitude / (3600 * (Int128)NanosPerSecond));
            magnitude -= hours * 3600 * (Int128)NanosPerSecond;
            var minutes = (long)(magnitude / (60 * (Int128)NanosPerSecond));
            magnitude -= minutes * 60 * (Int128)NanosPerSecond;
            var seconds = (long)(magnitude / NanosPerSecond);
            var nanos = (long)(magnitude % NanosPerSecond);
            var sign = negative ? -1 : 1;
            AppendPart(builder, sign * hours, 'H');
            AppendPart(builder, sign * minutes, 'M');
            if (seconds != 0 || nanos != 0)
            {
                builder.Append(negative ? "-" : string.Empty).Append(seconds.ToString(CultureInfo.InvariantCulture));
                if (nanos != 0)
                {
                    builder.Append('.').Append(nanos.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                builder.Append('S');
            }
        }

        return builder.Length == 1 ? "PT0S" : builder.ToString();
    }

    /// <summary>Reads an ISO 8601 duration (<c>P1Y2M3DT4H5M6.000000007S</c>, <c>P2W</c>; components may be negative).</summary>
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

            if (char.IsAsciiDigit(c) || c is '-' or '+' or '.')
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
        var fraction = (int)((seconds - whole) * NanosPerSecond);
        var wholeSeconds = (long)whole;
        if (fraction < 0 && wholeSeconds > 0)
        {
            wholeSeconds -= 1;
            fraction += (int)NanosPerSecond;
        }

        return new CypherDuration(months, days, wholeSeconds, fraction);
    }

    private static void AppendPart(StringBuilder builder, long amount, char unit)
    {
        if (amount != 0)
        {
            builder.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
