using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphExplorer.Tck.Features;

/// <summary>Turns the text of a Gherkin step (keyword removed) and its argument into a <see cref="TckStep"/>.</summary>
internal static partial class StepParser
{
    private const string ResultPrefix = "the result should be";

    /// <summary>Classifies one step; unknown wording gives an <see cref="UnsupportedStep"/>.</summary>
    /// <param name="docString">The step's doc string, if any.</param>
    /// <param name="table">The step's data table (rows of cells), if any.</param>
    public static TckStep Parse(int line, string text, string? docString, IReadOnlyList<IReadOnlyList<string>>? table)
    {
        var trimmed = text.Trim();
        switch (trimmed)
        {
            case "an empty graph":
            case "any graph":
                return new InitialGraphStep(line, null);
            case "having executed:":
            case "after having executed:":
                return docString is null ? new UnsupportedStep(line, trimmed) : new SetupQueryStep(line, docString);
            case "parameters are:":
            case "parameter values are:":
                return table is null || table.Any(row => row.Count != 2)
                    ? new UnsupportedStep(line, trimmed)
                    : new ParametersStep(line, table.Select(row => KeyValuePair.Create(row[0], row[1])).ToList());
            case "the result should be empty":
                return new ExpectEmptyStep(line);
            case "no side effects":
                return new ExpectSideEffectsStep(line, new Dictionary<string, int>(StringComparer.Ordinal));
            case "the side effects should be:":
                return ParseSideEffects(line, table) ?? (TckStep)new UnsupportedStep(line, trimmed);
            default:
                break;
        }

        var graph = NamedGraphPattern().Match(trimmed);
        if (graph.Success)
        {
            return new InitialGraphStep(line, graph.Groups["name"].Value);
        }

        var query = QueryPattern().Match(trimmed);
        if (query.Success)
        {
            var inline = query.Groups["inline"].Value.Trim();
            var cypher = docString ?? (inline.Length > 0 ? inline : null);
            return cypher is null
                ? new UnsupportedStep(line, trimmed)
                : new QueryStep(line, cypher, query.Groups["control"].Success);
        }

        if (trimmed.StartsWith(ResultPrefix, StringComparison.Ordinal) && trimmed.EndsWith(':'))
        {
            return ParseExpectedRows(line, trimmed, table) ?? (TckStep)new UnsupportedStep(line, trimmed);
        }

        var error = ErrorPattern().Match(trimmed);
        if (error.Success)
        {
            var timing = error.Groups["phase"].Value switch
            {
                "compile time" => ErrorTiming.CompileTime,
                "runtime" => ErrorTiming.Runtime,
                _ => ErrorTiming.AnyTime,
            };
            return new ExpectErrorStep(line, error.Groups["type"].Value, timing, error.Groups["detail"].Value.Trim());
        }

        return new UnsupportedStep(line, trimmed);
    }

    private static ExpectRowsStep? ParseExpectedRows(int line, string text, IReadOnlyList<IReadOnlyList<string>>? table)
    {
        if (table is null || table.Count == 0)
        {
            return null;
        }

        var qualifier = text[ResultPrefix.Length..].TrimEnd(':');
        var ordered = qualifier.Contains("in order", StringComparison.Ordinal);
        var anyOrder = qualifier.Contains("in any order", StringComparison.Ordinal);
        var bags = qualifier.Contains("ignoring element order for lists", StringComparison.Ordinal);
        if (!ordered && !anyOrder && !bags)
        {
            return null;
        }

        return new ExpectRowsStep(line, table[0], table.Skip(1).ToList(), ordered, bags);
    }

    private static ExpectSideEffectsStep? ParseSideEffects(int line, IReadOnlyList<IReadOnlyList<string>>? table)
    {
        if (table is null)
        {
            return null;
        }

        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table)
        {
            if (row.Count != 2
                || !SideEffectNames.Contains(row[0])
                || !int.TryParse(row[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
            {
                return null;
            }

            expected[row[0]] = count;
        }

        return new ExpectSideEffectsStep(line, expected);
    }

    /// <summary>The side-effect quantities the TCK names.</summary>
    public static IReadOnlySet<string> SideEffectNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "+nodes", "-nodes", "+relationships", "-relationships", "+properties", "-properties", "+labels", "-labels",
    };

    [GeneratedRegex(@"^the (?<name>[A-Za-z0-9_\-]+) graph$")]
    private static partial Regex NamedGraphPattern();

    [GeneratedRegex(@"^executing (?<control>control )?query:(?<inline>.*)$")]
    private static partial Regex QueryPattern();

    [GeneratedRegex(@"^an? (?<type>[A-Za-z]+) should be raised at (?<phase>compile time|runtime|any time):(?<detail>.*)$")]
    private static partial Regex ErrorPattern();
}
