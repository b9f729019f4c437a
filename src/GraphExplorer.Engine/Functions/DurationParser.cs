using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Functions;

/// <summary>
/// Builds durations from ISO-8601 text (<c>P1Y2M3W4DT5H6M7.5S</c>, <c>-P1D</c>, fractions allowed on
/// every unit) and from component maps; fractional months spill into days (average month) and
/// fractional days into seconds, as Neo4j does. Thread-safe: no state.
/// </summary>
internal static partial class DurationParser
{
    private const decimal AverageDaysPerMonth = 365.2425m / 12;

    /// <summary>Parses an ISO-8601 duration.</summary>
    public static CypherDuration Parse(string text)
    {
        var match = DurationPattern().Match(text.Trim());
        if (!match.Success || match.Groups.Values.Skip(1).All(g => !g.Success || g.Name == "neg") || text.Trim().EndsWith('T'))
        {
            throw CypherErrors.ArgumentError($"Text cannot be parsed to a duration: \"{text}\".", CypherErrors.InvalidArgumentValue);
        }

        decimal Part(string name) => match.Groups[name].Success
            ? decimal.Parse(match.Groups[name].Value.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : 0m;

        var sign = match.Groups["neg"].Success ? -1m : 1m;
        return Build(
            sign * ((Part("years") * 12) + Part("months")),
            sign * ((Part("weeks") * 7) + Part("days")),
            sign * ((Part("hours") * 3600) + (Part("minutes") * 60) + Part("seconds")));
    }

    /// <summary>Builds a duration from a map of components (years, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds, nanoseconds).</summary>
    public static CypherDuration FromMap(IReadOnlyDictionary<string, object?> map)
    {
        decimal months = 0, days = 0, seconds = 0;
        foreach (var (key, value) in map)
        {
            if (value is null)
            {
                continue;
            }

            if (value is not (long or double))
            {
                throw FunctionArguments.Mismatch("duration", $"a number for '{key}'", value);
            }

            var amount = value is long l ? l : (decimal)(double)value;
            switch (key.ToUpperInvariant())
            {
                case "YEARS": months += amount * 12; break;
                case "MONTHS": months += amount; break;
                case "WEEKS": days += amount * 7; break;
                case "DAYS": days += amount; break;
                case "HOURS": seconds += amount * 3600; break;
                case "MINUTES": seconds += amount * 60; break;
                case "SECONDS": seconds += amount; break;
                case "MILLISECONDS": seconds += amount / 1_000; break;
                case "MICROSECONDS": seconds += amount / 1_000_000; break;
                case "NANOSECONDS": seconds += amount / 1_000_000_000; break;
                default:
                    throw FunctionArguments.OutOfRange("duration", $"unknown duration component '{key}'.", CypherErrors.InvalidArgumentValue);
            }
        }

        return Build(months, days, seconds);
    }

    private static CypherDuration Build(decimal months, decimal days, decimal seconds)
    {
        try
        {
            var wholeMonths = decimal.Truncate(months);
            days += (months - wholeMonths) * AverageDaysPerMonth;
            var wholeDays = decimal.Truncate(days);
            seconds += (days - wholeDays) * Temporals.SecondsPerDay;
            var wholeSeconds = decimal.Floor(seconds);
            var nanos = decimal.Round((seconds - wholeSeconds) * Temporals.NanosPerSecond);
            return Temporals.Duration((long)wholeMonths, (long)wholeDays, (long)wholeSeconds, (long)nanos);
        }
        catch (OverflowException)
        {
            throw FunctionArguments.OutOfRange("duration", "the duration is too large.");
        }
    }

    [GeneratedRegex(
        @"^(?<neg>-)?P(?:(?<years>[+-]?\d+(?:[.,]\d+)?)Y)?(?:(?<months>[+-]?\d+(?:[.,]\d+)?)M)?(?:(?<weeks>[+-]?\d+(?:[.,]\d+)?)W)?(?:(?<days>[+-]?\d+(?:[.,]\d+)?)D)?(?:T(?:(?<hours>[+-]?\d+(?:[.,]\d+)?)H)?(?:(?<minutes>[+-]?\d+(?:[.,]\d+)?)M)?(?:(?<seconds>[+-]?\d+(?:[.,]\d+)?)S)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();
}
