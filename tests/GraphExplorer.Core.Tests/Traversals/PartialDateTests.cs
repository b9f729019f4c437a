using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Core.Tests.Traversals;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-06-12", "2025-06-12", "2025-06-12")]
    public void A_partial_date_is_the_interval_it_names(string text, string start, string end)
    {
        Assert.True(PartialDate.TryParse(text, out var interval));

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), interval.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), interval.End);
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("June 2025")]
    public void Text_that_is_not_a_date_is_refused(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void A_stored_date_value_is_a_single_day_and_a_missing_one_is_unknown()
    {
        Assert.Equal(new DateInterval(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 1)), PartialDate.FromValue(new DateOnly(2025, 6, 1)));
        Assert.Null(PartialDate.FromValue(null));
    }

    [Theory]
    [InlineData("2025", "2025-06-01", true)]
    [InlineData("2025-06", "2025", true)]
    [InlineData("2024", "2025-01", false)]
    [InlineData("2025-06-30", "2025-07", false)]
    public void Intervals_overlap_when_they_share_a_day(string a, string b, bool overlap) =>
        Assert.Equal(overlap, PartialDate.Parse(a, "a").Overlaps(PartialDate.Parse(b, "b")));

    [Fact]
    public void An_open_end_overlaps_everything_on_its_side()
    {
        var since2020 = DateInterval.Between(PartialDate.Parse("2020", "since"), null);

        Assert.True(since2020.Overlaps(PartialDate.Parse("2031-05", "x")));
        Assert.False(since2020.Overlaps(PartialDate.Parse("2019", "x")));
        Assert.True(DateInterval.Unbounded.Overlaps(PartialDate.Parse("1900", "x")));
    }
}
