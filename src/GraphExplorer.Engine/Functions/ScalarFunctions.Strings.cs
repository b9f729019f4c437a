using System.Globalization;
using System.Text;
using GraphExplorer.Engine.Values;
using static GraphExplorer.Engine.Functions.FunctionArguments;

namespace GraphExplorer.Engine.Functions;

internal static partial class ScalarFunctions
{
    private static void RegisterStringFunctions(Dictionary<string, Registration> registry)
    {
        Add(registry, "toUpper", 1, 1, a => a[0] is null ? null : String("toUpper", a[0]).ToUpperInvariant());
        Add(registry, "upper", 1, 1, a => a[0] is null ? null : String("upper", a[0]).ToUpperInvariant());
        Add(registry, "toLower", 1, 1, a => a[0] is null ? null : String("toLower", a[0]).ToLowerInvariant());
        Add(registry, "lower", 1, 1, a => a[0] is null ? null : String("lower", a[0]).ToLowerInvariant());
        Add(registry, "trim", 1, 1, a => a[0] is null ? null : String("trim", a[0]).Trim());
        Add(registry, "btrim", 1, 2, a => Trim("btrim", a, start: true, end: true));
        Add(registry, "ltrim", 1, 2, a => Trim("ltrim", a, start: true, end: false));
        Add(registry, "rtrim", 1, 2, a => Trim("rtrim", a, start: false, end: true));
        Add(registry, "replace", 3, 3, Replace);
        Add(registry, "substring", 2, 3, Substring);
        Add(registry, "left", 2, 2, a => LeftOrRight("left", a, fromStart: true));
        Add(registry, "right", 2, 2, a => LeftOrRight("right", a, fromStart: false));
        Add(registry, "split", 2, 2, Split);
        Add(registry, "char_length", 1, 1, a => a[0] is null ? null : (object)(long)CodePoints.Count(String("char_length", a[0])));
        Add(registry, "character_length", 1, 1, a => a[0] is null ? null : (object)(long)CodePoints.Count(String("character_length", a[0])));
        Add(registry, "normalize", 1, 2, Normalize);
    }

    private static object? Trim(string name, IReadOnlyList<object?> arguments, bool start, bool end)
    {
        if (arguments[0] is null || (arguments.Count > 1 && arguments[1] is null))
        {
            return null;
        }

        var text = String(name, arguments[0]);
        if (arguments.Count == 1)
        {
            return start && end ? text.Trim() : start ? text.TrimStart() : text.TrimEnd();
        }

        var characters = String(name, arguments[1]).ToCharArray();
        return start && end ? text.Trim(characters) : start ? text.TrimStart(characters) : text.TrimEnd(characters);
    }

    private static object? Replace(IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is null || arguments[1] is null || arguments[2] is null)
        {
            return null;
        }

        var original = String("replace", arguments[0]);
        var search = String("replace", arguments[1]);
        var replacement = String("replace", arguments[2]);
        if (search.Length > 0)
        {
            return original.Replace(search, replacement, StringComparison.Ordinal);
        }

        // Java's String.replace("", r) puts r before every character and at the end.
        var builder = new StringBuilder(original.Length + ((original.Length + 1) * replacement.Length));
        foreach (var character in original)
        {
            builder.Append(replacement).Append(character);
        }

        return builder.Append(replacement).ToString();
    }

    private static object? Substring(IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is null)
        {
            return null;
        }

        var text = String("substring", arguments[0]);
        if (arguments[1] is null || (arguments.Count > 2 && arguments[2] is null))
        {
            throw OutOfRange("substring", "start and length must not be null.", CypherErrors.InvalidArgumentValue);
        }

        var start = Integer("substring", arguments[1]);
        if (start < 0)
        {
            throw OutOfRange("substring", $"start must be a non-negative integer, but was {start}.", CypherErrors.NegativeIntegerArgument);
        }

        var length = arguments.Count > 2 ? Integer("substring", arguments[2]) : long.MaxValue;
        if (length < 0)
        {
            throw OutOfRange("substring", $"length must be a non-negative integer, but was {length}.", CypherErrors.NegativeIntegerArgument);
        }

        return CodePoints.Slice(text, start, length);
    }

    private static object? LeftOrRight(string name, IReadOnlyList<object?> arguments, bool fromStart)
    {
        if (arguments[0] is null)
        {
            return null;
        }

        var text = String(name, arguments[0]);
        if (arguments[1] is null)
        {
            throw OutOfRange(name, "length must not be null.", CypherErrors.InvalidArgumentValue);
        }

        var length = Integer(name, arguments[1]);
        if (length < 0)
        {
            throw OutOfRange(name, $"length must be a non-negative integer, but was {length}.", CypherErrors.NegativeIntegerArgument);
        }

        var count = CodePoints.Count(text);
        return fromStart ? CodePoints.Slice(text, 0, length) : CodePoints.Slice(text, Math.Max(0, count - length), length);
    }

    private static object? Split(IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is null || arguments[1] is null)
        {
            return null;
        }

        var text = String("split", arguments[0]);
        string[] delimiters = arguments[1] switch
        {
            string single => [single],
            IReadOnlyList<object?> many => [.. many.Select(d => d is null ? throw Mismatch("split", "STRING", null) : String("split", d))],
            var other => throw Mismatch("split", "STRING or LIST<STRING>", other),
        };

        if (delimiters.All(d => d.Length == 0))
        {
            // An empty delimiter splits into single characters.
            return text.Length == 0 ? new List<object?> { string.Empty } : text.EnumerateRunes().Select(r => (object?)r.ToString()).ToList();
        }

        return text.Split(delimiters.Where(d => d.Length > 0).ToArray(), StringSplitOptions.None).Select(p => (object?)p).ToList();
    }

    private static object? Normalize(IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is null || (arguments.Count > 1 && arguments[1] is null))
        {
            return null;
        }

        var text = String("normalize", arguments[0]);
        var formName = arguments.Count > 1 ? String("normalize", arguments[1]) : "NFC";
        var form = formName.ToUpperInvariant() switch
        {
            "NFC" => NormalizationForm.FormC,
            "NFD" => NormalizationForm.FormD,
            "NFKC" => NormalizationForm.FormKC,
            "NFKD" => NormalizationForm.FormKD,
            _ => throw OutOfRange("normalize", $"unknown normal form '{formName}'.", CypherErrors.InvalidArgumentValue),
        };
        return text.Normalize(form);
    }

    /// <summary>Reverses a string by text elements, so surrogate pairs and combining marks stay intact.</summary>
    private static string ReverseString(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        elements.Reverse();
        return string.Concat(elements);
    }
}
