using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Values;

/// <summary>Classifies runtime values: Neo4j type names and small type tests shared by operators and functions.</summary>
/// <remarks>
/// A zoned time (Cypher <c>TIME</c>) is a <see cref="DateTimeOffset"/> whose date part is
/// <see cref="ZonedTimeDate"/> (0001-01-01), following the port's value table; any other
/// <see cref="DateTimeOffset"/> is a zoned <c>DATETIME</c>. Thread-safe: no state.
/// </remarks>
internal static partial class CypherTypes
{
    /// <summary>The date part carried by a zoned time value.</summary>
    public static readonly DateOnly ZonedTimeDate = new(1, 1, 2);

    /// <summary>Neo4j's name of the value's type, as used in error messages (<c>INTEGER</c>, <c>LIST&lt;ANY&gt;</c>, …).</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "NULL",
        bool => "BOOLEAN",
        long or int or short or sbyte or byte => "INTEGER",
        double or float => "FLOAT",
        string => "STRING",
        byte[] => "BYTE ARRAY",
        IEntityValue { IsNode: true } => "NODE",
        IEntityValue => "RELATIONSHIP",
        IPathValue => "PATH",
        GraphNode => "NODE",
        GraphRelationship => "RELATIONSHIP",
        GraphPath => "PATH",
        IReadOnlyDictionary<string, object?> => "MAP",
        IReadOnlyList<object?> => "LIST<ANY>",
        DateOnly => "DATE",
        DateTimeOffset offset when ValueText.IsTime(offset) => "ZONED TIME",
        DateTimeOffset => "ZONED DATETIME",
        DateTime => "LOCAL DATETIME",
        TimeOnly => "LOCAL TIME",
        CypherDuration => "DURATION",
        CypherPoint => "POINT",
        _ => value.GetType().Name,
    };

    /// <summary>Whether the value is an INTEGER or a FLOAT.</summary>
    public static bool IsNumber(object? value) => value is long or double;

    /// <summary>Whether the value is a Cypher list.</summary>
    public static bool IsList(object? value) => value is IReadOnlyList<object?>;

    /// <summary>Whether the value is a Cypher map.</summary>
    public static bool IsMap(object? value) => value is IReadOnlyDictionary<string, object?>;

    /// <summary>Whether the value is a date, time, datetime or duration.</summary>
    public static bool IsTemporal(object? value) => value is DateOnly or DateTime or DateTimeOffset or TimeOnly or CypherDuration;

    /// <summary>The number as a double (INTEGER widened).</summary>
    public static double ToDouble(object number) => number switch
    {
        long l => l,
        double d => d,
        _ => throw CypherErrors.TypeError($"Expected a number but was {TypeName(number)}."),
    };

    /// <summary>
    /// Widens CLR values that may arrive as parameters to the engine's runtime representation:
    /// <c>int</c>/<c>short</c>/… become <c>long</c>, <c>float</c>/<c>decimal</c> become <c>double</c>,
    /// <c>char</c> a string, and collections (arrays, lists, dictionaries with string keys) are
    /// converted deeply to <c>List&lt;object?&gt;</c> and <c>Dictionary&lt;string, object?&gt;</c> (insertion order kept).
    /// </summary>
    public static object? Normalize(object? value) => value switch
    {
        null or bool or long or double or string or byte[] => value,
        int i => (long)i,
        short s => (long)s,
        sbyte sb => (long)sb,
        byte b => (long)b,
        uint ui => (long)ui,
        ushort us => (long)us,
        float f => (double)f,
        decimal m => (double)m,
        char c => c.ToString(),
        DateTimeOffset or DateTime or DateOnly or TimeOnly or CypherDuration or CypherPoint or IEntityValue or IPathValue => value,
        IEnumerable<KeyValuePair<string, object?>> map => NormalizeMap(map),
        System.Collections.IDictionary dictionary => NormalizeDictionary(dictionary),
        System.Collections.IEnumerable sequence => NormalizeSequence(sequence),
        _ => value,
    };

    private static Dictionary<string, object?> NormalizeMap(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            result[key] = Normalize(item);
        }

        return result;
    }

    private static Dictionary<string, object?> NormalizeDictionary(System.Collections.IDictionary dictionary)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in dictionary)
        {
            result[Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty] = Normalize(entry.Value);
        }

        return result;
    }

    private static List<object?> NormalizeSequence(System.Collections.IEnumerable sequence)
    {
        var result = new List<object?>();
        foreach (var item in sequence)
        {
            result.Add(Normalize(item));
        }

        return result;
    }
}
