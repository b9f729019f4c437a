using System.Text;
using GraphExplorer.Graph.Text;

namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>
/// Splits text into the terms a fulltext index stores and searches, as Neo4j's <c>standard-folding</c> analyzer does:
/// runs of letters and digits, kept whole across the inner punctuation Unicode word boundaries (UAX #29) allow,
/// folded by the project's one rule (<see cref="TextFolding"/>: lower case, Latin diacritics removed). Thread-safe.
/// </summary>
internal static class FulltextAnalyzer
{
    /// <summary>The terms of <paramref name="text"/>, in order (repeats kept).</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        var composed = TextFolding.Composed(text);
        var term = new StringBuilder();
        for (var i = 0; i < composed.Length; i++)
        {
            var c = composed[i];
            if (IsWordCharacter(c) || (term.Length > 0 && i + 1 < composed.Length && Joins(composed[i - 1], c, composed[i + 1])))
            {
                TextFolding.AppendFolded(term, c);
            }
            else if (term.Length > 0)
            {
                terms.Add(term.ToString());
                term.Clear();
            }
        }

        if (term.Length > 0)
        {
            terms.Add(term.ToString());
        }

        return terms;
    }

    /// <summary>The normal form of a term written with a wildcard or fuzziness (no splitting, only folding), as Lucene's <c>normalize</c>.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in TextFolding.Composed(text))
        {
            TextFolding.AppendFolded(builder, c);
        }

        return builder.ToString();
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // Unicode word boundaries (UAX #29) keep "o'neil", "u.s", "a:b" (between letters) and "3.5", "1,000" (between digits) whole.
    private static bool Joins(char before, char joiner, char after) => joiner switch
    {
        '\'' or '\u2019' or '.' => (char.IsLetter(before) && char.IsLetter(after)) || (char.IsDigit(before) && char.IsDigit(after)),
        ':' or '\u00B7' => char.IsLetter(before) && char.IsLetter(after),
        ',' or ';' => char.IsDigit(before) && char.IsDigit(after),
        _ => false,
    };
}
