using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace GraphExplorer.Engine.Values;

internal static partial class CypherOperators
{
    private static readonly ConcurrentDictionary<string, Regex> RegexCache = new(StringComparer.Ordinal);

    /// <summary>Cypher <c>a AND b</c> (ternary: false wins over null).</summary>
    public static bool? And(object? a, object? b)
    {
        var left = AsBoolean(a, "AND");
        var right = AsBoolean(b, "AND");
        if (left == false || right == false)
        {
            return false;
        }

        return left is null || right is null ? null : true;
    }

    /// <summary>Cypher <c>a OR b</c> (ternary: true wins over null).</summary>
    public static bool? Or(object? a, object? b)
    {
        var left = AsBoolean(a, "OR");
        var right = AsBoolean(b, "OR");
        if (left == true || right == true)
        {
            return true;
        }

        return left is null || right is null ? null : false;
    }

    /// <summary>Cypher <c>a XOR b</c> (null when either side is null).</summary>
    public static bool? Xor(object? a, object? b)
    {
        var left = AsBoolean(a, "XOR");
        var right = AsBoolean(b, "XOR");
        return left is null || right is null ? null : left != right;
    }

    /// <summary>Cypher <c>NOT a</c>.</summary>
    public static bool? Not(object? a) => !AsBoolean(a, "NOT");

    /// <summary>Cypher <c>item IN list</c>: true if some element equals the item; otherwise null if some comparison was null, else false.</summary>
    public static bool? In(object? item, object? list)
    {
        if (list is null)
        {
            return null;
        }

        if (list is not IReadOnlyList<object?> elements)
        {
            throw CypherErrors.TypeError($"The right-hand side of IN must be a list, but was {CypherTypes.TypeName(list)}.");
        }

        var sawNull = false;
        foreach (var element in elements)
        {
            switch (CypherEquality.Equals(item, element))
            {
                case true:
                    return true;
                case null:
                    sawNull = true;
                    break;
            }
        }

        return sawNull ? null : false;
    }

    /// <summary>Cypher <c>a STARTS WITH b</c>: null unless both sides are strings.</summary>
    public static bool? StartsWith(object? a, object? b) =>
        a is string text && b is string prefix ? text.StartsWith(prefix, StringComparison.Ordinal) : null;

    /// <summary>Cypher <c>a ENDS WITH b</c>: null unless both sides are strings.</summary>
    public static bool? EndsWith(object? a, object? b) =>
        a is string text && b is string suffix ? text.EndsWith(suffix, StringComparison.Ordinal) : null;

    /// <summary>Cypher <c>a CONTAINS b</c>: null unless both sides are strings.</summary>
    public static bool? Contains(object? a, object? b) =>
        a is string text && b is string part ? text.Contains(part, StringComparison.Ordinal) : null;

    /// <summary>Cypher <c>a =~ b</c>: whether the whole string matches the pattern; null unless both sides are strings.</summary>
    public static bool? RegexMatch(object? a, object? b)
    {
        if (a is not string text || b is not string pattern)
        {
            return null;
        }

        var regex = RegexCache.GetOrAdd(pattern, CompileRegex);
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException exception)
        {
            throw CypherErrors.ArgumentError($"The regular expression '{pattern}' took too long to evaluate: {exception.Message}");
        }
    }

    private static Regex CompileRegex(string pattern)
    {
        try
        {
            // Java's String.matches: the whole input must match.
            return new Regex($"\\A(?:{pattern})\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        }
        catch (ArgumentException exception)
        {
            throw CypherErrors.ArgumentError($"Invalid regular expression '{pattern}': {exception.Message}");
        }
    }

    private static bool? AsBoolean(object? value, string operatorName) => value switch
    {
        null => null,
        bool b => b,
        _ => throw CypherErrors.TypeError($"{operatorName} expects BOOLEAN operands, but got {CypherTypes.TypeName(value)}."),
    };
}
