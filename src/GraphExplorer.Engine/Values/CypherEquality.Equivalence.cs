namespace GraphExplorer.Engine.Values;

internal static partial class CypherEquality
{
    /// <summary>
    /// Equivalence for DISTINCT, grouping keys and hash lookups: like <c>=</c> but two-valued —
    /// null is equivalent to null, NaN to NaN, 1 to 1.0, and lists/maps compare deeply. Thread-safe.
    /// </summary>
    public static IEqualityComparer<object?> Equivalence { get; } = new EquivalenceComparer();

    /// <summary>Whether two values are equivalent (the relation <see cref="Equivalence"/> implements).</summary>
    public static bool AreEquivalent(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        switch (a)
        {
            case long or double when b is long or double:
                return (a is double da && b is double db && double.IsNaN(da) && double.IsNaN(db)) || NumbersEqual(a, b);
            case IPathValue or IReadOnlyList<object?> when b is IPathValue or IReadOnlyList<object?>:
                return ListsEquivalent(AsList(a), AsList(b));
            case IReadOnlyDictionary<string, object?> ma:
                return b is IReadOnlyDictionary<string, object?> mb && MapsEquivalent(ma, mb);
            default:
                return Equals(a, b) == true;
        }
    }

    private static bool ListsEquivalent(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!AreEquivalent(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MapsEquivalent(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !AreEquivalent(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash consistent with <see cref="AreEquivalent"/>: equal numbers hash alike whatever their type.</summary>
    private static int EquivalenceHash(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case long l:
                return l.GetHashCode();
            case double d:
                // An integral double equal to a long must hash like that long.
                return d >= -9.2233720368547758E18 && d < 9.2233720368547758E18 && Math.Floor(d) == d
                    ? ((long)d).GetHashCode()
                    : double.IsNaN(d) ? double.NaN.GetHashCode() : d.GetHashCode();
            case string s:
                return StringComparer.Ordinal.GetHashCode(s);
            case IEntityValue e:
                return HashCode.Combine(e.IsNode, e.Id);
            case IPathValue or IReadOnlyList<object?>:
                {
                    var hash = new HashCode();
                    foreach (var item in AsList(value))
                    {
                        hash.Add(EquivalenceHash(item));
                    }

                    return hash.ToHashCode();
                }

            case IReadOnlyDictionary<string, object?> map:
                {
                    // Order-independent: maps with the same entries in another order are equivalent.
                    var hash = map.Count;
                    foreach (var (key, item) in map)
                    {
                        hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), EquivalenceHash(item));
                    }

                    return hash;
                }

            case byte[] bytes:
                {
                    var hash = new HashCode();
                    hash.AddBytes(bytes);
                    return hash.ToHashCode();
                }

            case DateTimeOffset offset:
                return HashCode.Combine(offset.UtcTicks, offset.Offset);
            default:
                return value.GetHashCode();
        }
    }

    private sealed class EquivalenceComparer : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y) => AreEquivalent(x, y);

        public int GetHashCode(object? obj) => EquivalenceHash(obj);
    }
}
