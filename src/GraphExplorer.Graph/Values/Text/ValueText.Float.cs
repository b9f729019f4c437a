using System.Globalization;
using System.Text;

namespace GraphExplorer.Graph.Values;

public static partial class ValueText
{
    /// <summary>
    /// A FLOAT as Neo4j (Java's <c>Double.toString</c>) writes it: the shortest digits that
    /// round-trip, plain notation for 10^-3 ≤ |x| &lt; 10^7 (<c>1.0</c>, <c>0.001</c>), otherwise
    /// scientific notation with a bare exponent (<c>1.0E10</c>, <c>1.5E-7</c>); <c>NaN</c>, <c>Infinity</c>.
    /// </summary>
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

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var (digits, pointPosition) = ShortestDigits(Math.Abs(value));
        var builder = new StringBuilder(32);
        if (value < 0)
        {
            builder.Append('-');
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7)
        {
            AppendPlain(builder, digits, pointPosition);
        }
        else
        {
            AppendScientific(builder, digits, pointPosition - 1);
        }

        return builder.ToString();
    }

    /// <summary>The shortest round-trip significant digits of a positive finite value, and where the decimal point goes (value = 0.d1d2… × 10^point).</summary>
    private static (string Digits, int PointPosition) ShortestDigits(double magnitude)
    {
        // "E16" is not shortest; "R" is. Parse its mantissa and exponent back into digits + point.
        var text = magnitude.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var ePosition = text.IndexOfAny(['E', 'e']);
        if (ePosition >= 0)
        {
            exponent = int.Parse(text.AsSpan(ePosition + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..ePosition];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot >= 0 ? text[..dot] : text;
        var fractionPart = dot >= 0 ? text[(dot + 1)..] : string.Empty;
        var allDigits = integerPart + fractionPart;
        var pointPosition = integerPart.Length + exponent;

        var leadingZeros = 0;
        while (leadingZeros < allDigits.Length - 1 && allDigits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        allDigits = allDigits[leadingZeros..].TrimEnd('0');
        pointPosition -= leadingZeros;
        return (allDigits.Length == 0 ? "0" : allDigits, pointPosition);
    }

    private static void AppendPlain(StringBuilder builder, string digits, int pointPosition)
    {
        if (pointPosition <= 0)
        {
            builder.Append("0.").Append('0', -pointPosition).Append(digits);
            return;
        }

        if (pointPosition >= digits.Length)
        {
            builder.Append(digits).Append('0', pointPosition - digits.Length).Append(".0");
            return;
        }

        builder.Append(digits, 0, pointPosition).Append('.').Append(digits, pointPosition, digits.Length - pointPosition);
    }

    private static void AppendScientific(StringBuilder builder, string digits, int exponent)
    {
        builder.Append(digits[0]).Append('.');
        if (digits.Length > 1)
        {
            builder.Append(digits, 1, digits.Length - 1);
        }
        else
        {
            builder.Append('0');
        }

        builder.Append('E').Append(exponent.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Reads a FLOAT, including <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c>.</summary>
    public static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" or "+Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
