using GraphExplorer.Engine.Values;
using static GraphExplorer.Engine.Functions.FunctionArguments;

namespace GraphExplorer.Engine.Functions;

internal static partial class ScalarFunctions
{
    /// <summary>The longest list <c>range()</c> builds: beyond it the statement would exhaust memory.</summary>
    private const long MaxRangeLength = 100_000_000;

    private static void RegisterListFunctions(Dictionary<string, Registration> registry)
    {
        Add(registry, "range", 2, 3, Range);
        Add(registry, "size", 1, 1, a => a[0] switch
        {
            null => null,
            string s => (long)CodePoints.Count(s),
            IReadOnlyList<object?> list => (long)list.Count,
            var other => throw Mismatch("size", "STRING or LIST", other),
        });
        Add(registry, "head", 1, 1, a => a[0] is null ? null : List("head", a[0]) is { Count: > 0 } list ? list[0] : null);
        Add(registry, "last", 1, 1, a => a[0] is null ? null : List("last", a[0]) is { Count: > 0 } list ? list[^1] : null);
        Add(registry, "tail", 1, 1, a => a[0] is null ? null : List("tail", a[0]).Skip(1).ToList());
        Add(registry, "reverse", 1, 1, a => a[0] switch
        {
            null => null,
            string s => ReverseString(s),
            IReadOnlyList<object?> list => list.Reverse().ToList(),
            var other => throw Mismatch("reverse", "STRING or LIST", other),
        });
        Add(registry, "isEmpty", 1, 1, a => a[0] switch
        {
            null => null,
            string s => s.Length == 0,
            IReadOnlyList<object?> list => list.Count == 0,
            IReadOnlyDictionary<string, object?> map => map.Count == 0,
            var other => throw Mismatch("isEmpty", "STRING, LIST or MAP", other),
        });
        Add(registry, "keys", 1, 1, a => a[0] is null ? null : Map("keys", a[0]).Keys.Select(k => (object?)k).ToList());
        Add(registry, "properties", 1, 1, a => a[0] is null ? null : CopyMap(Map("properties", a[0])));
    }

    private static object? Range(IReadOnlyList<object?> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument is not long)
            {
                throw CypherErrors.ArgumentError(
                    $"Invalid input for function 'range()': expected INTEGER arguments but got {CypherTypes.TypeName(argument)}.",
                    CypherErrors.InvalidArgumentType);
            }
        }

        var start = (long)arguments[0]!;
        var end = (long)arguments[1]!;
        var step = arguments.Count > 2 ? (long)arguments[2]! : 1L;
        if (step == 0)
        {
            throw OutOfRange("range", "step must be greater than zero or less than zero.");
        }

        var span = (Int128)end - start;
        if (span != 0 && (span > 0) != (step > 0))
        {
            return new List<object?>();
        }

        var count = (span / step) + 1;
        if (count > MaxRangeLength)
        {
            throw OutOfRange("range", $"the range would have {count} elements; at most {MaxRangeLength} are supported.");
        }

        var result = new List<object?>((int)count);
        for (Int128 i = 0, value = start; i < count; i++, value += step)
        {
            result.Add((long)value);
        }

        return result;
    }

    private static Dictionary<string, object?> CopyMap(IReadOnlyDictionary<string, object?> map)
    {
        var copy = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            copy[key] = value;
        }

        return copy;
    }
}
