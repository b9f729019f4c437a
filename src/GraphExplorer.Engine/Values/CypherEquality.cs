namespace GraphExplorer.Engine.Values;

/// <summary>
/// Cypher's <c>=</c> (ternary, null-aware) and the equivalence used for DISTINCT and grouping.
/// Thread-safe: no state.
/// </summary>
internal static partial class CypherEquality
{
    /// <summary>
    /// Cypher <c>a = b</c>: null when either side is null (or when containers are equal except for
    /// nulls), 1 = 1.0, NaN ≠ NaN, lists elementwise, maps by key set then values, paths as
    /// alternating lists of nodes and relationships; values of different types are not equal.
    /// </summary>
    public static new bool? Equals(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long or double when b is long or double:
                return NumbersEqual(a, b);
            case string sa:
                return b is string sb && string.Equals(sa, sb, StringComparison.Ordinal);
            case bool ba:
                return b is bool bb && ba == bb;
            case IEntityValue ea:
                return b is IEntityValue eb && SameEntity(ea, eb);
            case IPathValue pa:
                return b is IPathValue or IReadOnlyList<object?> ? ListsEqual(PathAsList(pa), AsList(b)) : false;
            case IReadOnlyList<object?> la:
                return b is IReadOnlyList<object?> or IPathValue ? ListsEqual(la, AsList(b)) : false;
            case IReadOnlyDictionary<string, object?> ma:
                return b is IReadOnlyDictionary<string, object?> mb ? MapsEqual(ma, mb) : false;
            case byte[] ya:
                return b is byte[] yb && ya.AsSpan().SequenceEqual(yb);
            case DateTimeOffset da:
                return b is DateTimeOffset db && da.EqualsExact(db);
            default:
                return a.GetType() == b.GetType() && a.Equals(b);
        }
    }

    /// <summary>Whether two entities are the same node or the same relationship.</summary>
    public static bool SameEntity(IEntityValue a, IEntityValue b) => a.IsNode == b.IsNode && a.Id == b.Id;

    /// <summary>A path as the alternating list node, relationship, node, … that Cypher equates it with.</summary>
    public static IReadOnlyList<object?> PathAsList(IPathValue path)
    {
        var items = new List<object?>(path.Nodes.Count + path.Relationships.Count);
        for (var i = 0; i < path.Nodes.Count; i++)
        {
            items.Add(path.Nodes[i]);
            if (i < path.Relationships.Count)
            {
                items.Add(path.Relationships[i]);
            }
        }

        return items;
    }

    private static IReadOnlyList<object?> AsList(object value) =>
        value is IPathValue path ? PathAsList(path) : (IReadOnlyList<object?>)value;

    private static bool NumbersEqual(object a, object b) => (a, b) switch
    {
        (long la, long lb) => la == lb,
        (double da, double db) => da == db,
        (long la, double db) => CypherComparison.CompareIntegerToFloat(la, db) == 0,
        (double da, long lb) => CypherComparison.CompareIntegerToFloat(lb, da) == 0,
        _ => false,
    };

    private static bool? ListsEqual(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        var sawNull = false;
        for (var i = 0; i < a.Count; i++)
        {
            switch (Equals(a[i], b[i]))
            {
                case false:
                    return false;
                case null:
                    sawNull = true;
                    break;
            }
        }

        return sawNull ? null : true;
    }

    private static bool? MapsEqual(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        var sawNull = false;
        foreach (var (key, valueA) in a)
        {
            if (!b.TryGetValue(key, out var valueB))
            {
                return false;
            }

            switch (Equals(valueA, valueB))
            {
                case false:
                    return false;
                case null:
                    sawNull = true;
                    break;
            }
        }

        return sawNull ? null : true;
    }
}
