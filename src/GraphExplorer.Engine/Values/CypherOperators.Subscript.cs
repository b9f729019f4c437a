namespace GraphExplorer.Engine.Values;

internal static partial class CypherOperators
{
    /// <summary>
    /// <c>target[index]</c> on a list (INTEGER index, negative counts from the end, out of range is
    /// null) or a map (STRING key). Nodes and relationships are the caller's business.
    /// </summary>
    public static object? Subscript(object? target, object? index)
    {
        if (target is null || index is null)
        {
            return null;
        }

        switch (target)
        {
            case IReadOnlyDictionary<string, object?> map:
                if (index is not string key)
                {
                    throw CypherErrors.TypeError($"Map element access requires a STRING key, but was {CypherTypes.TypeName(index)}.", "MapElementAccessByNonString");
                }

                return map.TryGetValue(key, out var value) ? value : null;
            case IReadOnlyList<object?> list:
                if (index is not long position)
                {
                    throw CypherErrors.TypeError($"List element access requires an INTEGER index, but was {CypherTypes.TypeName(index)}.");
                }

                if (position < 0)
                {
                    position += list.Count;
                }

                return position >= 0 && position < list.Count ? list[(int)position] : null;
            default:
                throw CypherErrors.TypeError($"Cannot access an element of a value of type {CypherTypes.TypeName(target)}.");
        }
    }

    /// <summary>
    /// <c>list[from..to]</c>: bounds are clamped, negative bounds count from the end; a bound the
    /// query omits is passed as not given; a given bound that is null makes the result null.
    /// </summary>
    public static object? Slice(object? target, object? from, bool fromGiven, object? to, bool toGiven)
    {
        if (target is null || (fromGiven && from is null) || (toGiven && to is null))
        {
            return null;
        }

        if (target is not IReadOnlyList<object?> list)
        {
            throw CypherErrors.TypeError($"Cannot slice a value of type {CypherTypes.TypeName(target)}.");
        }

        var start = fromGiven ? SliceBound(from!, list.Count) : 0;
        var end = toGiven ? SliceBound(to!, list.Count) : list.Count;
        var result = new List<object?>(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            result.Add(list[i]);
        }

        return result;
    }

    private static int SliceBound(object bound, int count)
    {
        if (bound is not long value)
        {
            throw CypherErrors.TypeError($"List slice bounds must be INTEGER, but was {CypherTypes.TypeName(bound)}.");
        }

        if (value < 0)
        {
            value += count;
        }

        return (int)Math.Clamp(value, 0, count);
    }
}
