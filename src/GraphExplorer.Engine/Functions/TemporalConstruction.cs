using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Values;
using static GraphExplorer.Engine.Functions.FunctionArguments;

namespace GraphExplorer.Engine.Functions;

/// <summary>The temporal constructors <c>date()</c>, <c>datetime()</c>, <c>localdatetime()</c>, <c>localtime()</c>, <c>time()</c> applied to a string, a map or another temporal. Thread-safe: no state.</summary>
internal static class TemporalConstruction
{
    /// <summary><c>date(x)</c>.</summary>
    public static object? Date(object? value) => value switch
    {
        null => null,
        string text => TemporalParser.ParseDate(text),
        IReadOnlyDictionary<string, object?> map => DateFromMap(map, "date"),
        DateOnly date => date,
        DateTime local => DateOnly.FromDateTime(local),
        DateTimeOffset zoned when !ValueText.IsTime(zoned) => DateOnly.FromDateTime(zoned.DateTime),
        _ => throw Mismatch("date", "STRING, MAP or a temporal value with a date", value),
    };

    /// <summary><c>localdatetime(x)</c>.</summary>
    public static object? LocalDateTime(object? value) => value switch
    {
        null => null,
        string text => TemporalParser.ParseLocalDateTime(text),
        IReadOnlyDictionary<string, object?> map => LocalDateTimeFromMap(map, "localdatetime"),
        DateTime local => local,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset zoned when !ValueText.IsTime(zoned) => zoned.DateTime,
        _ => throw Mismatch("localdatetime", "STRING, MAP or a temporal value with a date", value),
    };

    /// <summary><c>datetime(x)</c>: values without a zone are taken as UTC.</summary>
    public static object? DateTime(object? value) => value switch
    {
        null => null,
        string text => TemporalParser.ParseDateTime(text),
        IReadOnlyDictionary<string, object?> map => DateTimeFromMap(map),
        DateTimeOffset zoned when !ValueText.IsTime(zoned) => zoned,
        DateTime local => new DateTimeOffset(System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero),
        DateOnly date => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        _ => throw Mismatch("datetime", "STRING, MAP or a temporal value with a date", value),
    };

    /// <summary><c>localtime(x)</c>.</summary>
    public static object? LocalTime(object? value) => value switch
    {
        null => null,
        string text => TemporalParser.ParseLocalTime(text),
        IReadOnlyDictionary<string, object?> map => TimeFromMap(map, "localtime"),
        TimeOnly time => time,
        DateTime local => TimeOnly.FromDateTime(local),
        DateTimeOffset zoned => TimeOnly.FromDateTime(zoned.DateTime),
        _ => throw Mismatch("localtime", "STRING, MAP or a temporal value with a time", value),
    };

    /// <summary><c>time(x)</c>: values without a zone are taken as UTC.</summary>
    public static object? Time(object? value) => value switch
    {
        null => null,
        string text => TemporalParser.ParseTime(text),
        IReadOnlyDictionary<string, object?> map => ZonedTime(TimeFromMap(map, "time"), ZoneFromMap(map, "time", System.DateTime.UtcNow) ?? TimeSpan.Zero),
        DateTimeOffset zoned => ZonedTime(TimeOnly.FromDateTime(zoned.DateTime), zoned.Offset),
        TimeOnly time => ZonedTime(time, TimeSpan.Zero),
        DateTime local => ZonedTime(TimeOnly.FromDateTime(local), TimeSpan.Zero),
        _ => throw Mismatch("time", "STRING, MAP or a temporal value with a time", value),
    };

    /// <summary>A zoned time value (see <see cref="CypherTypes.ZonedTimeDate"/>).</summary>
    public static DateTimeOffset ZonedTime(TimeOnly time, TimeSpan offset) => new(CypherTypes.ZonedTimeDate.ToDateTime(time), offset);

    /// <summary><c>datetime.fromepoch(seconds, nanoseconds)</c> in UTC.</summary>
    public static DateTimeOffset FromEpoch(long seconds, long nanoseconds) =>
        Guard("datetime.fromepoch", () => DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(nanoseconds / 100));

    /// <summary><c>datetime.fromepochmillis(milliseconds)</c> in UTC.</summary>
    public static DateTimeOffset FromEpochMillis(long milliseconds) =>
        Guard("datetime.fromepochmillis", () => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));

    private static DateOnly DateFromMap(IReadOnlyDictionary<string, object?> map, string function)
    {
        if (Component(map, "date") is { } baseValue)
        {
            return (DateOnly)Date(baseValue)!;
        }

        var year = Integer(function, Component(map, "year") ?? throw OutOfRange(function, "'year' is required.", CypherErrors.InvalidArgumentValue));
        var month = IntegerOr(map, "month", 1, function);
        var day = IntegerOr(map, "day", 1, function);
        return Guard(function, () => new DateOnly((int)year, (int)month, (int)day));
    }

    private static TimeOnly TimeFromMap(IReadOnlyDictionary<string, object?> map, string function)
    {
        if (Component(map, "time") is { } baseValue)
        {
            return (TimeOnly)LocalTime(baseValue)!;
        }

        var hour = IntegerOr(map, "hour", 0, function);
        var minute = IntegerOr(map, "minute", 0, function);
        var second = IntegerOr(map, "second", 0, function);
        var nanos = (IntegerOr(map, "millisecond", 0, function) * 1_000_000) + (IntegerOr(map, "microsecond", 0, function) * 1_000) + IntegerOr(map, "nanosecond", 0, function);
        return Guard(function, () => new TimeOnly((int)hour, (int)minute, (int)second).Add(TimeSpan.FromTicks(nanos / 100)));
    }

    private static DateTime LocalDateTimeFromMap(IReadOnlyDictionary<string, object?> map, string function)
    {
        if (Component(map, "datetime") is { } baseValue)
        {
            return (DateTime)LocalDateTime(baseValue)!;
        }

        return DateFromMap(map, function).ToDateTime(TimeFromMap(map, function));
    }

    private static DateTimeOffset DateTimeFromMap(IReadOnlyDictionary<string, object?> map)
    {
        const string Function = "datetime";
        if (Component(map, "epochMillis") is { } millis)
        {
            return FromEpochMillis(Integer(Function, millis));
        }

        if (Component(map, "epochSeconds") is { } seconds)
        {
            return FromEpoch(Integer(Function, seconds), IntegerOr(map, "nanosecond", 0, Function));
        }

        var local = Component(map, "datetime") is { } baseValue
            ? (DateTime)LocalDateTime(baseValue)!
            : LocalDateTimeFromMap(map, Function);
        var offset = ZoneFromMap(map, Function, local)
            ?? (Component(map, "datetime") is DateTimeOffset zoned ? zoned.Offset : TimeSpan.Zero);
        return Guard(Function, () => new DateTimeOffset(local, offset));
    }

    private static TimeSpan? ZoneFromMap(IReadOnlyDictionary<string, object?> map, string function, DateTime local)
    {
        if (Component(map, "timezone") is not { } zone)
        {
            return null;
        }

        var text = String(function, zone);
        return TemporalParser.ParseOffset(text)
            ?? TemporalParser.ResolveRegion(text, local)
            ?? throw OutOfRange(function, $"unknown time zone '{text}'.", CypherErrors.InvalidArgumentValue);
    }

    private static object? Component(IReadOnlyDictionary<string, object?> map, string key)
    {
        foreach (var (name, value) in map)
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static long IntegerOr(IReadOnlyDictionary<string, object?> map, string key, long fallback, string function) =>
        Component(map, key) is { } value ? Integer(function, value) : fallback;

    private static T Guard<T>(string function, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentOutOfRangeException)
        {
            throw OutOfRange(function, "a component is out of range.", CypherErrors.InvalidArgumentValue);
        }
        catch (ArgumentException)
        {
            throw OutOfRange(function, "a component is out of range.", CypherErrors.InvalidArgumentValue);
        }
    }
}
