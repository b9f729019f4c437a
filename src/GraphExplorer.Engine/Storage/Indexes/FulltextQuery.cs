namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>One term of a fulltext query: a whole term, or a prefix (<c>Gec*</c>).</summary>
internal readonly record struct FulltextTerm(string Text, bool IsPrefix);

/// <summary>
/// Reads a fulltext query string: whitespace-separated terms, each analysed like indexed text; a trailing
/// <c>*</c> makes a prefix term. Terms are OR-ed; Lucene's operators (<c>OR</c>, <c>AND</c>, <c>+</c>, <c>-</c>), quotes,
/// boosts and fuzziness marks are read as plain terms without their syntax. Thread-safe.
/// </summary>
internal static class FulltextQuery
{
    private static readonly HashSet<string> Operators = new(["OR", "AND", "NOT", "||", "&&"], StringComparer.Ordinal);

    /// <summary>The distinct terms of <paramref name="query"/>.</summary>
    public static IReadOnlyList<FulltextTerm> Parse(string query)
    {
        var terms = new List<FulltextTerm>();
        foreach (var word in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Operators.Contains(word))
            {
                continue;
            }

            var prefix = word.EndsWith('*');
            var analysed = FulltextAnalyzer.Terms(word);
            for (var i = 0; i < analysed.Count; i++)
            {
                var term = new FulltextTerm(analysed[i], prefix && i == analysed.Count - 1);
                if (!terms.Contains(term))
                {
                    terms.Add(term);
                }
            }
        }

        return terms;
    }
}
