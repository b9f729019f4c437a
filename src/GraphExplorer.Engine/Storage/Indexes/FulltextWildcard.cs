namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>Terms of a field matching a wildcard pattern (<see cref="FulltextQueryLexer.AnyRun"/> for <c>*</c>, <see cref="FulltextQueryLexer.AnyOne"/> for <c>?</c>). Thread-safe.</summary>
internal static class FulltextWildcard
{
    /// <summary>The matching terms, looked for only in the range of the pattern's literal prefix.</summary>
    public static IEnumerable<string> Matching(FulltextField field, string pattern)
    {
        var literal = pattern.IndexOfAny([FulltextQueryLexer.AnyRun, FulltextQueryLexer.AnyOne]);
        var prefix = literal < 0 ? pattern : pattern[..literal];
        return field.TermsStartingWith(prefix).Where(t => Matches(t, pattern));
    }

    /// <summary>Whether <paramref name="term"/> matches <paramref name="pattern"/> (greedy with backtracking to the last star).</summary>
    public static bool Matches(string term, string pattern)
    {
        int t = 0, p = 0, star = -1, resume = 0;
        while (t < term.Length)
        {
            if (p < pattern.Length && (pattern[p] == FulltextQueryLexer.AnyOne || pattern[p] == term[t]))
            {
                t++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == FulltextQueryLexer.AnyRun)
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == FulltextQueryLexer.AnyRun)
        {
            p++;
        }

        return p == pattern.Length;
    }
}
