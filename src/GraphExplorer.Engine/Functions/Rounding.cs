using System.Globalization;
using GraphExplorer.Engine.Values;
using static GraphExplorer.Engine.Functions.FunctionArguments;

namespace GraphExplorer.Engine.Functions;

/// <summary><c>round(x)</c>, <c>round(x, precision)</c> and <c>round(x, precision, mode)</c> with Neo4j's (Java's) rounding modes.</summary>
internal static class Rounding
{
    /// <summary>Evaluates <c>round</c>: half-up toward positive infinity without precision (Java's <c>Math.round</c>), HALF_UP (away from zero) with one.</summary>
    public static object? Round(IReadOnlyList<object?> arguments)
    {
        if (arguments.Any(a => a is null))
        {
            return null;
        }

        var value = Number("round", arguments[0]);
        if (arguments.Count == 1)
        {
            return RoundHalfUp(value);
        }

        var precision = Integer("round", arguments[1]);
        var mode = arguments.Count > 2 ? String("round", arguments[2]).ToUpperInvariant() : "HALF_UP";
        if (mode is not ("UP" or "DOWN" or "CEILING" or "FLOOR" or "HALF_UP" or "HALF_DOWN" or "HALF_EVEN"))
        {
            throw OutOfRange("round", $"unknown rounding mode '{arguments[2]}'.", CypherErrors.InvalidArgumentValue);
        }

        if (double.IsNaN(value) || double.IsInfinity(value) || precision > 28 || precision < -28)
        {
            return value;
        }

        if (!decimal.TryParse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return value;
        }

        try
        {
            var scale = Pow10((int)Math.Abs(precision));
            var scaled = precision >= 0 ? exact * scale : exact / scale;
            var rounded = ApplyMode(scaled, mode);
            return (double)(precision >= 0 ? rounded / scale : rounded * scale);
        }
        catch (OverflowException)
        {
            return value;
        }
    }

    private static double RoundHalfUp(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }

        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    private static decimal ApplyMode(decimal value, string mode) => mode switch
    {
        "UP" => Math.Sign(value) * Math.Ceiling(Math.Abs(value)),
        "DOWN" => Math.Truncate(value),
        "CEILING" => Math.Ceiling(value),
        "FLOOR" => Math.Floor(value),
        "HALF_DOWN" => Math.Sign(value) * Math.Ceiling(Math.Abs(value) - 0.5m),
        "HALF_EVEN" => Math.Round(value, MidpointRounding.ToEven),
        _ => Math.Round(value, MidpointRounding.AwayFromZero),
    };

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
