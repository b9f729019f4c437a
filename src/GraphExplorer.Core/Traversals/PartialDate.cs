using System.Globalization;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// Reads the possibly partial ISO dates of the graph (<c>2025</c>, <c>2025-06</c>, <c>2025-06-01</c>, or a Cypher
/// Date) as the interval of days they stand for. Stateless and thread-safe.
/// </summary>
public static class PartialDate
{
    /// <summary>The interval a stored value stands for, or <c>null</c> when it is missing or not a date (unknown).</summary>
    public static DateInterval? FromValue(object? value) => value switch
    {
        DateOnly day => new DateInterval(day, day),
        DateTime time => new DateInterval(DateOnly.FromDateTime(time), DateOnly.FromDateTime(time)),
        DateTimeOffset time => new DateInterval(DateOnly.FromDateTime(time.DateTime), DateOnly.FromDateTime(time.DateTime)),
        string text => TryParse(text, out var interval) ? interval : null,
        _ => null,
    };

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; false for anything else.</summary>
    public static bool TryParse(string? text, out DateInterval interval)
    {
        interval = DateInterval.Unbounded;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        var culture = CultureInfo.InvariantCulture;
        switch (trimmed.Length)
        {
            case 4 when int.TryParse(trimmed, NumberStyles.None, culture, out var year) && year >= 1:
                interval = new DateInterval(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                return true;
            case 7 when DateOnly.TryParseExact(trimmed + "-01", "yyyy-MM-dd", culture, DateTimeStyles.None, out var first):
                interval = new DateInterval(first, first.AddMonths(1).AddDays(-1));
                return true;
            case 10 when DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day):
                interval = new DateInterval(day, day);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Parses like <see cref="TryParse"/>; a text that is not a partial date is an <see cref="ArgumentException"/>.</summary>
    public static DateInterval Parse(string text, string argumentName) =>
        TryParse(text, out var interval)
            ? interval
            : throw new ArgumentException($"'{text}' is not a date: use yyyy, yyyy-MM or yyyy-MM-dd.", argumentName);
}
