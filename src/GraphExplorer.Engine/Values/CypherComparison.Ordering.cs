using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Values;

internal static partial class CypherComparison
{
    /// <summary>
    /// The total order of ORDER BY, ascending: maps, nodes, relationships, lists, paths, points,
    /// zoned datetimes, local datetimes, dates, zoned times, local times, durations, strings,
    /// booleans, numbers (NaN after every other number), and null last. Thread-safe.
    /// </summary>
    public static IComparer<object?> Ordering { get; } = Comparer<object?>.Create(Order);

    /// <summary>Compares two values under <see cref="Ordering"/>.</summary>
    public static int Order(object? a, object? b)
    {
        var groupA = OrderGroup(a);
        var groupB = OrderGroup(b);
        if (groupA != groupB)
        {
            return groupA.CompareTo(groupB);
        }

        return a switch
        {
            null => 0,
            IReadOnlyDictionary<string, object?> ma => OrderMaps(ma, (IReadOnlyDictionary<string, object?>)b!),
            IEntityValue ea => ea.Id.CompareTo(((IEntityValue)b!).Id),
            IReadOnlyList<object?> la => OrderLists(la, (IReadOnlyList<object?>)b!),
            IPathValue pa => OrderLists(CypherEquality.PathAsList(pa), CypherEquality.PathAsList((IPathValue)b!)),
            CypherPoint pa => OrderPoints(pa, (CypherPoint)b!),
            DateTimeOffset za => OrderOffsets(za, (DateTimeOffset)b!),
            DateTime ta => ta.CompareTo((DateTime)b!),
            DateOnly da => da.CompareTo((DateOnly)b!),
            TimeOnly oa => oa.CompareTo((TimeOnly)b!),
            CypherDuration ua => CompareDurations(ua, (CypherDuration)b!),
            string sa => Math.Sign(string.CompareOrdinal(sa, (string)b!)),
            bool ba => ba.CompareTo((bool)b!),
            long or double => CompareNumbers(a, b!),
            byte[] ya => ya.AsSpan().SequenceCompareTo((byte[])b!),
            _ => 0,
        };
    }

    /// <summary>The rank of the value's type group in <see cref="Ordering"/> (values of one group are contiguous there).</summary>
    public static int OrderRank(object? value) => (int)OrderGroup(value);

    private enum Group
    {
        Map,
        Node,
        Relationship,
        List,
        Path,
        Point,
        ZonedDateTime,
        LocalDateTime,
        Date,
        ZonedTime,
        LocalTime,
        Duration,
        ByteArray,
        String,
        Boolean,
        Number,
        Other,
        Null,
    }

    private static Group OrderGroup(object? value) => value switch
    {
        null => Group.Null,
        IReadOnlyDictionary<string, object?> => Group.Map,
        IEntityValue { IsNode: true } => Group.Node,
        IEntityValue => Group.Relationship,
        IReadOnlyList<object?> => Group.List,
        IPathValue => Group.Path,
        CypherPoint => Group.Point,
        DateTimeOffset offset => ValueText.IsTime(offset) ? Group.ZonedTime : Group.ZonedDateTime,
        DateTime => Group.LocalDateTime,
        DateOnly => Group.Date,
        TimeOnly => Group.LocalTime,
        CypherDuration => Group.Duration,
        byte[] => Group.ByteArray,
        string => Group.String,
        bool => Group.Boolean,
        long or double => Group.Number,
        _ => Group.Other,
    };

    private static int OrderLists(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        var common = Math.Min(a.Count, b.Count);
        for (var i = 0; i < common; i++)
        {
            var result = Order(a[i], b[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    private static int OrderMaps(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        // Neo4j: by size, then by the sorted key lists, then by the values in key order.
        var result = a.Count.CompareTo(b.Count);
        if (result != 0)
        {
            return result;
        }

        var keysA = a.Keys.Order(StringComparer.Ordinal).ToList();
        var keysB = b.Keys.Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < keysA.Count; i++)
        {
            result = Math.Sign(string.CompareOrdinal(keysA[i], keysB[i]));
            if (result != 0)
            {
                return result;
            }
        }

        foreach (var key in keysA)
        {
            result = Order(a[key], b[key]);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private static int OrderPoints(CypherPoint a, CypherPoint b)
    {
        var result = a.Srid.CompareTo(b.Srid);
        if (result == 0)
        {
            result = a.X.CompareTo(b.X);
        }

        if (result == 0)
        {
            result = a.Y.CompareTo(b.Y);
        }

        return result != 0 ? result : Nullable.Compare(a.Z, b.Z);
    }

    private static int OrderOffsets(DateTimeOffset a, DateTimeOffset b)
    {
        var result = a.UtcTicks.CompareTo(b.UtcTicks);
        return result != 0 ? result : a.Offset.CompareTo(b.Offset);
    }
}
