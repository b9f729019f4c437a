using System.Globalization;
using System.Text;
using GraphExplorer.Graph.Text;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// Turns what a user typed into a Lucene query for <c>db.index.fulltext.queryNodes</c> that means "every word, as a
/// word or as the start of one": <c>Faruk Geç</c> → <c>+( faruk faruk* ) +( gec gec* )</c>. Words are the runs of
/// letters and digits of the folded text; every other character (Lucene's syntax among them) separates words and never
/// reaches the query parser, so no user text can be a syntax error. The exact term next to the prefix makes a whole-word
/// match score above a prefix-only one (Lucene scores prefix terms as a constant). Stateless and thread-safe.
/// </summary>
public static class FulltextSearchText
{
    /// <summary>At most this many words of a text are searched; later ones are ignored (Lucene caps a query's clauses).</summary>
    public const int MaxWords = 16;

    /// <summary>The words of <paramref name="text"/>, folded (lower case, no diacritics), at most <see cref="MaxWords"/>, each once.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var character in TextFolding.Fold(text).Append(' '))
        {
            if (char.IsLetterOrDigit(character))
            {
                word.Append(character);
                continue;
            }

            if (word.Length > 0 && !words.Contains(word.ToString(), StringComparer.Ordinal))
            {
                words.Add(word.ToString());
            }

            word.Clear();
        }

        return words.Count > MaxWords ? words.GetRange(0, MaxWords) : words;
    }

    /// <summary>The Lucene query for <paramref name="words"/>, or <c>null</c> when there are none.</summary>
    public static string? Query(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return null;
        }

        // The spaces inside the parentheses keep each term a separate whitespace-delimited word, which the embedded
        // engine's query reader needs to see the trailing '*'; Lucene's parser skips them.
        return string.Join(' ', words.Select(w => string.Create(CultureInfo.InvariantCulture, $"+( {w} {w}* )")));
    }
}
