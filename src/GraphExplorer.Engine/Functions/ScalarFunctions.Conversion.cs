using System.Globalization;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Graph.Values;
using static GraphExplorer.Engine.Functions.FunctionArguments;

namespace GraphExplorer.Engine.Functions;

internal static partial class ScalarFunctions
{
    private static void RegisterConversionFunctions(Dictionary<string, Registration> registry)
    {
        AddConversion(registry, "toInteger", ToInteger);
        AddConversion(registry, "toFloat", ToFloat);
        AddConversion(registry, "toBoolean", ToBoolean);
        AddConversion(registry, "toString", ToStringValue);
    }

    /// <summary>Registers <c>name</c>, <c>nameOrNull</c> (null instead of a type error) and <c>nameList</c> (element-wise, nulls for failures).</summary>
    private static void AddConversion(Dictionary<string, Registration> registry, string name, Func<object?, object?> convert)
    {
        Add(registry, name, 1, 1, a => convert(a[0]));
        Add(registry, name + "OrNull", 1, 1, a => ConvertOrNull(convert, a[0]));
        var listName = name + "List";
        Add(registry, listName, 1, 1, a => a[0] is null ? null : List(listName, a[0]).Select(item => ConvertOrNull(convert, item)).ToList());
    }

    private static object? ConvertOrNull(Func<object?, object?> convert, object? value)
    {
        try
        {
            return convert(value);
        }
        catch (CypherException)
        {
            return null;
        }
    }

    private static object? ToInteger(object? value) => value switch
    {
        null => null,
        long => value,
        double d => JavaLongCast(d),
        bool b => b ? 1L : 0L,
        string s => long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : ParseJavaDouble(s) is { } number ? JavaLongCast(number) : null,
        _ => throw Mismatch("toInteger", "STRING, INTEGER, FLOAT or BOOLEAN", value),
    };

    private static object? ToFloat(object? value) => value switch
    {
        null => null,
        double => value,
        long l => (double)l,
        string s => ParseJavaDouble(s),
        _ => throw Mismatch("toFloat", "STRING, INTEGER or FLOAT", value),
    };

    private static object? ToBoolean(object? value) => value switch
    {
        null => null,
        bool => value,
        long l => l != 0,
        string s => s.Trim().ToUpperInvariant() switch
        {
            "TRUE" => true,
            "FALSE" => false,
            _ => null,
        },
        _ => throw Mismatch("toBoolean", "STRING, INTEGER or BOOLEAN", value),
    };

    private static object? ToStringValue(object? value) => value switch
    {
        null => null,
        string => value,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => ValueText.FormatFloat(d),
        bool b => b ? "true" : "false",
        _ => ValueText.TryFormat(value) ?? throw Mismatch("toString", "a STRING, number, BOOLEAN, temporal, duration or point", value),
    };

    /// <summary>Java's <c>(long)</c> cast: NaN becomes 0, out-of-range values saturate, the rest truncate toward zero.</summary>
    private static long JavaLongCast(double value) => value switch
    {
        double.NaN => 0,
        >= 9.2233720368547758E18 => long.MaxValue,
        <= -9.2233720368547758E18 => long.MinValue,
        _ => (long)value,
    };

    /// <summary>Java's <c>Double.parseDouble</c> on decimal text (surrounding whitespace, NaN, Infinity, a d/f suffix), null when it fails.</summary>
    private static double? ParseJavaDouble(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && trimmed[^1] is 'd' or 'D' or 'f' or 'F')
        {
            trimmed = trimmed[..^1];
        }

        var unsigned = trimmed.TrimStart('+', '-');
        if (unsigned.Length != trimmed.Length - 1 && unsigned.Length != trimmed.Length)
        {
            return null;
        }

        var negative = trimmed.StartsWith('-');
        switch (unsigned)
        {
            case "NaN":
                return double.NaN;
            case "Infinity":
                return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (unsigned.Length == 0 || !unsigned.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
        {
            return null;
        }

        return double.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
    }
}
