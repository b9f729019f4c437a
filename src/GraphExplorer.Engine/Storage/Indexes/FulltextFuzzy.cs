namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>
/// Fuzzy term expansion as Lucene's <c>FuzzyQuery</c> does it: terms within the edit distance (insertions, deletions,
/// substitutions and transpositions of neighbours), each boosted by 1 − edits / min(term length, query length), the
/// best <c>maxExpansions</c> kept (higher boost first, then the smaller term). Thread-safe.
/// </summary>
internal static class FulltextFuzzy
{
    /// <summary>The expanded terms of <paramref name="term"/> in <paramref name="field"/> with their boosts.</summary>
    public static List<(string Term, float Boost)> Expand(FulltextField field, string term, int maxEdits, int maxExpansions)
    {
        var found = new List<(string Term, float Boost)>();
        IEnumerable<string> candidates = maxEdits == 0 ? (field.Postings(term) is null ? [] : [term]) : field.Terms;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - term.Length) > maxEdits)
            {
                continue;
            }

            var edits = Distance(term, candidate, maxEdits);
            if (edits > maxEdits)
            {
                continue;
            }

            var boost = edits == 0 ? 1f : 1f - ((float)edits / Math.Min(candidate.Length, term.Length));
            if (boost > 0)
            {
                found.Add((candidate, boost));
            }
        }

        found.Sort((a, b) => a.Boost != b.Boost ? b.Boost.CompareTo(a.Boost) : string.CompareOrdinal(a.Term, b.Term));
        return found.Count > maxExpansions ? found.GetRange(0, maxExpansions) : found;
    }

    /// <summary>The optimal-string-alignment distance between two terms, or more than <paramref name="limit"/> once it exceeds it.</summary>
    public static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
