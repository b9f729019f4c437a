using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>
/// The part of an ordered index a range predicate can match: keys of the bounds' type group between the
/// bounds and/or starting with a prefix. A superset for types whose ORDER BY order is finer than their
/// comparison (zoned times, lists, durations, points: the whole group), so the predicate is still applied.
/// </summary>
/// <param name="Lower">The lower bound (not null), or null for none.</param>
/// <param name="LowerInclusive">Whether the lower bound itself is in range.</param>
/// <param name="Upper">The upper bound (not null), or null for none.</param>
/// <param name="UpperInclusive">Whether the upper bound itself is in range.</param>
/// <param name="Prefix">A string prefix (<c>STARTS WITH</c>), or null.</param>
internal sealed record IndexRange(object? Lower, bool LowerInclusive, object? Upper, bool UpperInclusive, string? Prefix)
{
    private static readonly HashSet<int> TightRanks =
        [.. new object[] { string.Empty, 0L, false, DateOnly.MinValue, DateTime.MinValue, TimeOnly.MinValue }.Select(CypherComparison.OrderRank)];

    private readonly int _rank = CypherComparison.OrderRank(Prefix ?? Lower ?? Upper);

    private bool Tight => TightRanks.Contains(_rank);

    /// <summary>Whether no key can be in range: bounds of different type groups.</summary>
    public bool IsEmpty
    {
        get
        {
            var ranks = new[] { Lower, Upper, Prefix }.OfType<object>().Select(CypherComparison.OrderRank).Distinct().Count();
            return ranks != 1;
        }
    }

    /// <summary>Whether a key sorts before the range.</summary>
    public bool Before(object key)
    {
        var rank = CypherComparison.OrderRank(key);
        if (rank != _rank)
        {
            return rank < _rank;
        }

        if (Prefix is not null && string.CompareOrdinal((string)key, Prefix) < 0)
        {
            return true;
        }

        if (Lower is null || !Tight)
        {
            return false;
        }

        var order = CypherComparison.Order(key, Lower);
        return order < 0 || (order == 0 && !LowerInclusive);
    }

    /// <summary>Whether a key sorts after the range.</summary>
    public bool After(object key)
    {
        var rank = CypherComparison.OrderRank(key);
        if (rank != _rank)
        {
            return rank > _rank;
        }

        if (Prefix is not null && key is string text && string.CompareOrdinal(text, Prefix) > 0 && !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return true;
        }

        if (Upper is null || !Tight)
        {
            return false;
        }

        var order = CypherComparison.Order(key, Upper);
        return order > 0 || (order == 0 && !UpperInclusive);
    }
}
