using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Values;

/// <summary>Arithmetic on temporal values and durations (the subset the engine supports). Thread-safe: no state.</summary>
internal static class Temporals
{
    /// <summary>Nanoseconds per second.</summary>
    public const long NanosPerSecond = 1_000_000_000;

    /// <summary>Seconds per day.</summary>
    public const long SecondsPerDay = 86_400;

    /// <summary>The average length of a month in days (the Gregorian 400-year cycle), used to split fractional months.</summary>
    public const double AverageDaysPerMonth = 365.2425 / 12;

    /// <summary>A duration with its nanoseconds normalised into [0, 10^9) and the carry moved into seconds.</summary>
    public static CypherDuration Duration(long months, long days, long seconds, long nanoseconds)
    {
        var carry = Math.DivRem(nanoseconds, NanosPerSecond, out var nanos);
        if (nanos < 0)
        {
            nanos += NanosPerSecond;
            carry--;
        }

        return new CypherDuration(months, days, checked(seconds + carry), (int)nanos);
    }

    /// <summary>Adds a duration to a date, time or datetime; dates ignore the part of the duration below a day.</summary>
    public static object Plus(object temporal, CypherDuration duration)
    {
        try
        {
            return temporal switch
            {
                DateOnly date => date.AddMonths(checked((int)duration.Months)).AddDays(checked((int)(duration.Days + (duration.Seconds / SecondsPerDay)))),
                DateTime local => AddTime(local.AddMonths(checked((int)duration.Months)).AddDays(duration.Days), duration),
                DateTimeOffset zoned when ValueText.IsTime(zoned) => new DateTimeOffset(
                    CypherTypes.ZonedTimeDate.ToDateTime(TimeOnly.FromDateTime(AddTime(zoned.DateTime, duration))), zoned.Offset),
                DateTimeOffset zoned => zoned.AddMonths(checked((int)duration.Months)).AddDays(duration.Days)
                    .AddSeconds(duration.Seconds).AddTicks(duration.Nanoseconds / 100),
                TimeOnly time => time.Add(TimeSpan.FromSeconds(duration.Seconds % SecondsPerDay) + TimeSpan.FromTicks(duration.Nanoseconds / 100)),
                _ => throw CypherErrors.TypeError($"Cannot add a duration to {CypherTypes.TypeName(temporal)}."),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            throw CypherErrors.ArgumentError("The temporal value is out of range.", CypherErrors.NumberOutOfRange);
        }
        catch (OverflowException)
        {
            throw CypherErrors.ArgumentError("The temporal value is out of range.", CypherErrors.NumberOutOfRange);
        }
    }

    /// <summary>Multiplies a duration by a factor, spilling fractional months into days and fractional days into seconds.</summary>
    public static CypherDuration Scale(CypherDuration duration, double factor)
    {
        var months = duration.Months * factor;
        var wholeMonths = Math.Truncate(months);
        var days = (duration.Days * factor) + ((months - wholeMonths) * AverageDaysPerMonth);
        var wholeDays = Math.Truncate(days);
        var seconds = (duration.Seconds * factor) + (duration.Nanoseconds * factor / NanosPerSecond) + ((days - wholeDays) * SecondsPerDay);
        var wholeSeconds = Math.Floor(seconds);
        var nanos = Math.Round((seconds - wholeSeconds) * NanosPerSecond);
        return Duration((long)wholeMonths, (long)wholeDays, (long)wholeSeconds, (long)nanos);
    }

    private static DateTime AddTime(DateTime value, CypherDuration duration) =>
        value.AddSeconds(duration.Seconds).AddTicks(duration.Nanoseconds / 100);
}
