using System.Globalization;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// A closed interval of days. A partial date is one: <c>2025</c> is [2025-01-01, 2025-12-31], <c>2025-06</c> is
/// [2025-06-01, 2025-06-30]. Either end may be open (<c>null</c>), as in a tenure with no known end.
/// </summary>
public readonly record struct DateInterval(DateOnly? Start, DateOnly? End)
{
    /// <summary>The interval open at both ends: it overlaps everything.</summary>
    public static DateInterval Unbounded => default;

    /// <summary>Whether the two intervals share at least one day; an open end overlaps everything on its side.</summary>
    public bool Overlaps(DateInterval other) =>
        (Start is null || other.End is null || Start <= other.End)
        && (other.Start is null || End is null || other.Start <= End);

    /// <summary>The interval from the start of <paramref name="from"/> to the end of <paramref name="until"/>; unknown ends stay open.</summary>
    public static DateInterval Between(DateInterval? from, DateInterval? until) => new(from?.Start, until?.End);

    /// <summary>The first day as an ISO date, or <c>null</c> when open.</summary>
    public string? StartText => Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The last day as an ISO date, or <c>null</c> when open.</summary>
    public string? EndText => End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
