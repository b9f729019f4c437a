using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Graph.Values;
using static GraphExplorer.Engine.Tests.Functions.Call;
using static GraphExplorer.Engine.Tests.Values.TestValues;

namespace GraphExplorer.Engine.Tests.Functions;

public sealed class TemporalFunctionsTests
{
    [Theory]
    [InlineData("2025", 2025, 1, 1)]
    [InlineData("2025-06", 2025, 6, 1)]
    [InlineData("2025-06-15", 2025, 6, 15)]
    [InlineData("20250615", 2025, 6, 15)]
    [InlineData("201507", 2015, 7, 1)]
    [InlineData("2015-W30-2", 2015, 7, 21)]
    [InlineData("2015W302", 2015, 7, 21)]
    [InlineData("2015-W30", 2015, 7, 20)]
    [InlineData("2015-202", 2015, 7, 21)]
    [InlineData("2015202", 2015, 7, 21)]
    public void Date_parses_partial_and_full_iso_dates(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Function("date", text));

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("June 2025")]
    [InlineData("2015-W54")]
    [InlineData("2015-366")]
    [InlineData("")]
    public void Date_rejects_malformed_text(string text)
    {
        var error = Fails(() => Function("date", text));
        Assert.Equal(StatusCodes.ArgumentError, error.Code);
        Assert.Equal(ErrorPhase.Runtime, error.Phase);
    }

    [Fact]
    public void Date_builds_from_a_map_with_defaults() =>
        Assert.Equal(new DateOnly(2025, 6, 1), Function("date", Map(("year", 2025L), ("month", 6L))));

    [Fact]
    public void Date_from_an_invalid_map_is_an_error() =>
        Assert.Equal(StatusCodes.ArgumentError, Fails(() => Function("date", Map(("year", 2025L), ("month", 13L)))).Code);

    [Fact]
    public void Date_of_null_is_null_and_without_arguments_is_today()
    {
        Assert.Null(Function("date", [null]));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), Function("date"));
    }

    [Fact]
    public void Date_extracts_the_date_of_a_datetime() =>
        Assert.Equal(new DateOnly(2025, 6, 1), Function("date", new DateTime(2025, 6, 1, 10, 0, 0)));

    [Theory]
    [InlineData("2025-06-01T10:00:00Z", 10, 0, 0)]
    [InlineData("2025-06-01T10:00+02:00", 10, 0, 2)]
    [InlineData("2025-06-01T10:00:30.25-0130", 10, 0, -1.5)]
    [InlineData("2025-06-01T10", 10, 0, 0)]
    public void Datetime_parses_times_and_offsets(string text, int hour, int minute, double offsetHours)
    {
        var value = Assert.IsType<DateTimeOffset>(Function("datetime", text));
        Assert.Equal(new DateOnly(2025, 6, 1), DateOnly.FromDateTime(value.DateTime));
        Assert.Equal((hour, minute), (value.Hour, value.Minute));
        Assert.Equal(TimeSpan.FromHours(offsetHours), value.Offset);
    }

    [Fact]
    public void Datetime_keeps_fractional_seconds()
    {
        var value = Assert.IsType<DateTimeOffset>(Function("datetime", "2025-06-01T10:00:30.25Z"));
        Assert.Equal(30, value.Second);
        Assert.Equal(250, value.Millisecond);
    }

    [Fact]
    public void Datetime_resolves_named_zones() =>
        Assert.Equal(TimeSpan.FromHours(2), Assert.IsType<DateTimeOffset>(Function("datetime", "2025-06-01T10:00[Europe/Stockholm]")).Offset);

    [Fact]
    public void Datetime_builds_from_a_map_and_from_epoch_values()
    {
        Assert.Equal(
            new DateTimeOffset(2025, 6, 1, 10, 30, 0, TimeSpan.FromHours(1)),
            Function("datetime", Map(("year", 2025L), ("month", 6L), ("day", 1L), ("hour", 10L), ("minute", 30L), ("timezone", "+01:00"))));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), Function("datetime", Map(("epochMillis", 1_700_000_000_000L))));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), Function("datetime.fromepoch", 1_700_000_000L, 0L));
    }

    [Fact]
    public void Datetime_rejects_malformed_text() =>
        Assert.Equal(StatusCodes.ArgumentError, Fails(() => Function("datetime", "2025-06-01T25:00Z")).Code);

    [Fact]
    public void Localdatetime_parses_without_an_offset_and_rejects_one()
    {
        Assert.Equal(new DateTime(2025, 6, 1, 10, 15, 0), Function("localdatetime", "2025-06-01T10:15"));
        Assert.Equal(StatusCodes.ArgumentError, Fails(() => Function("localdatetime", "2025-06-01T10:15Z")).Code);
    }

    [Fact]
    public void Localtime_and_time_parse_times()
    {
        Assert.Equal(new TimeOnly(10, 15, 30), Function("localtime", "10:15:30"));
        Assert.Equal(new TimeOnly(10, 15), Function("localtime", "1015"));
        var time = Assert.IsType<DateTimeOffset>(Function("time", "10:15+01:00"));
        Assert.True(ValueText.IsTime(time));
        Assert.Equal("10:15+01:00", Function("toString", time));
    }

    [Theory]
    [InlineData("P1D", 0, 1, 0, 0)]
    [InlineData("P1Y2M", 14, 0, 0, 0)]
    [InlineData("P2W", 0, 14, 0, 0)]
    [InlineData("PT1H30M", 0, 0, 5400, 0)]
    [InlineData("PT0.5S", 0, 0, 0, 500_000_000)]
    [InlineData("P1DT2H", 0, 1, 7200, 0)]
    [InlineData("P0.5D", 0, 0, 43200, 0)]
    [InlineData("-P1D", 0, -1, 0, 0)]
    [InlineData("PT-1.5S", 0, 0, -2, 500_000_000)]
    public void Duration_parses_iso_text(string text, long months, long days, long seconds, int nanos) =>
        Assert.Equal(new CypherDuration(months, days, seconds, nanos), Function("duration", text));

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("1D")]
    [InlineData("P1X")]
    public void Duration_rejects_malformed_text(string text) =>
        Assert.Equal(StatusCodes.ArgumentError, Fails(() => Function("duration", text)).Code);

    [Fact]
    public void Duration_builds_from_a_map() =>
        Assert.Equal(new CypherDuration(14, 10, 3661, 1_000_000), Function("duration", Map(("years", 1L), ("months", 2L), ("weeks", 1L), ("days", 3L), ("hours", 1L), ("minutes", 1L), ("seconds", 1L), ("milliseconds", 1L))));

    [Fact]
    public void Temporals_from_functions_compare_and_add()
    {
        Assert.Equal(true, CypherComparison.LessThan(Function("date", "2025-06"), Function("date", "2025-06-02")));
        Assert.Equal(true, CypherEquality.Equals(Function("date", "2025-06"), Function("date", Map(("year", 2025L), ("month", 6L), ("day", 1L)))));
        Assert.Equal(new DateOnly(2025, 6, 2), CypherOperators.Add(Function("date", "2025-06-01"), Function("duration", "P1D")));
        Assert.Equal(
            Function("datetime", "2025-06-01T11:00:00+01:00"),
            Function("datetime", "2025-06-01T11:00:00+01:00"));
        Assert.Equal(0, CypherComparison.Compare(Function("datetime", "2025-06-01T11:00:00+01:00"), Function("datetime", "2025-06-01T10:00:00Z")));
    }
}
