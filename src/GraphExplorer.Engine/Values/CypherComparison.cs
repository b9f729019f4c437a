using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Values;

/// <summary>
/// Cypher's comparison operators (<c>&lt; &gt; &lt;= &gt;=</c>) and the total order of ORDER BY.
/// Thread-safe: no state.
/// </summary>
internal static partial class CypherComparison
{
    /// <summary>Marks a comparison involving NaN: every operator yields false rather than null.</summary>
    private const int Unordered = int.MinValue;

    /// <summary>
    /// Compares two values for the comparison operators: negative, zero or positive, or null when
    /// the values are incomparable (null involved, different types, maps, nodes, durations, …, and NaN).
    /// Prefer <see cref="LessThan"/> and friends for operators: they give false, not null, for NaN.
    /// </summary>
    public static int? Compare(object? a, object? b)
    {
        var result = CompareCore(a, b);
        return result == Unordered ? null : result;
    }

    /// <summary>Cypher <c>a &lt; b</c>.</summary>
    public static bool? LessThan(object? a, object? b) => Apply(a, b, static c => c < 0);

    /// <summary>Cypher <c>a &lt;= b</c>.</summary>
    public static bool? LessThanOrEqual(object? a, object? b) => Apply(a, b, static c => c <= 0);

    /// <summary>Cypher <c>a &gt; b</c>.</summary>
    public static bool? GreaterThan(object? a, object? b) => Apply(a, b, static c => c > 0);

    /// <summary>Cypher <c>a &gt;= b</c>.</summary>
    public static bool? GreaterThanOrEqual(object? a, object? b) => Apply(a, b, static c => c >= 0);

    private static bool? Apply(object? a, object? b, Func<int, bool> test)
    {
        var result = CompareCore(a, b);
        return result switch
        {
            null => null,
            Unordered => false,
            _ => test(result.Value),
        };
    }

    /// <summary>Compares an INTEGER with a FLOAT exactly (no rounding of large integers); NaN is treated as greater.</summary>
    public static int CompareIntegerToFloat(long integer, double number)
    {
        if (double.IsNaN(number) || number >= 9.2233720368547758E18)
        {
            return -1;
        }

        if (number < -9.2233720368547758E18)
        {
            return 1;
        }

        var truncated = (long)number;
        if (integer != truncated)
        {
            return integer.CompareTo(truncated);
        }

        // In this range the fractional part is computed exactly.
        var fraction = number - truncated;
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }

    private static int? CompareCore(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long or double when b is long or double:
                return CompareNumbersForOperator(a, b);
            case string sa when b is string sb:
                return Math.Sign(string.CompareOrdinal(sa, sb));
            case bool ba when b is bool bb:
                return ba.CompareTo(bb);
            case IReadOnlyList<object?> la when b is IReadOnlyList<object?> lb:
                return CompareLists(la, lb);
            case DateOnly da when b is DateOnly db:
                return da.CompareTo(db);
            case DateTime ta when b is DateTime tb:
                return ta.CompareTo(tb);
            case TimeOnly oa when b is TimeOnly ob:
                return oa.CompareTo(ob);
            case DateTimeOffset za when b is DateTimeOffset zb && ValueText.IsTime(za) == ValueText.IsTime(zb):
                return za.UtcTicks.CompareTo(zb.UtcTicks);
            default:
                return null;
        }
    }

    private static int CompareNumbersForOperator(object a, object b)
    {
        if ((a is double da && double.IsNaN(da)) || (b is double db && double.IsNaN(db)))
        {
            return Unordered;
        }

        return CompareNumbers(a, b);
    }

    /// <summary>Numeric order of two numbers, NaN greatest (and equal to itself).</summary>
    private static int CompareNumbers(object a, object b) => (a, b) switch
    {
        (long la, long lb) => la.CompareTo(lb),
        (double da, double db) => double.IsNaN(da) || double.IsNaN(db) ? double.IsNaN(da).CompareTo(double.IsNaN(db)) : da.CompareTo(db),
        (long la, double db) => CompareIntegerToFloat(la, db),
        (double da, long lb) => -CompareIntegerToFloat(lb, da),
        _ => 0,
    };

    private static int? CompareLists(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        var common = Math.Min(a.Count, b.Count);
        for (var i = 0; i < common; i++)
        {
            var result = CompareCore(a[i], b[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    private static int CompareDurations(CypherDuration a, CypherDuration b)
    {
        // Neo4j orders durations by their approximate length, then by components.
        const long AverageMonthSeconds = 2_629_746;
        var lengthA = ((Int128)a.Months * AverageMonthSeconds) + ((Int128)a.Days * 86_400) + a.Seconds;
        var lengthB = ((Int128)b.Months * AverageMonthSeconds) + ((Int128)b.Days * 86_400) + b.Seconds;
        var result = lengthA.CompareTo(lengthB);
        if (result != 0)
        {
            return result;
        }

        result = a.Nanoseconds.CompareTo(b.Nanoseconds);
        if (result != 0)
        {
            return result;
        }

        result = a.Months.CompareTo(b.Months);
        return result != 0 ? result : a.Days.CompareTo(b.Days);
    }
}
