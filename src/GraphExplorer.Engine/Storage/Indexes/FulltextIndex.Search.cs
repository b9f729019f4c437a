using System.Runtime.InteropServices;

namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>
/// Query evaluation, as Lucene evaluates the classic parser's queries: a clause without a field is a disjunction
/// over every field of the index (<c>MultiFieldQueryParser</c>); terms and phrases score by <see cref="Bm25"/>; prefix,
/// wildcard and match-all clauses score a constant (their boost); fuzzy clauses expand to the 50 closest terms,
/// each boosted by 1 − edits / length and scored with the largest document frequency among them; a boolean query
/// sums its matching required and optional clauses. Scores are floats, summed in doubles, as Lucene's scorers do.
/// </summary>
internal sealed partial class FulltextIndex
{
    private const int MaxFuzzyExpansions = 50;

    /// <summary>
    /// The nodes matching <paramref name="query"/> (null matches nothing), best first, ties by node id; the first
    /// <paramref name="skip"/> left out and at most <paramref name="limit"/> returned (a bounded heap when limited).
    /// </summary>
    public IReadOnlyList<(StoredNode Node, double Score)> Search(FulltextQuery? query, int skip = 0, int? limit = null)
    {
        if (query is null || limit == 0)
        {
            return [];
        }

        var scores = Evaluate(query, 1f);
        return FulltextRanking.Top(scores, skip, limit);
    }

    private Dictionary<StoredNode, double> Evaluate(FulltextQuery query, float boost)
    {
        boost = (float)(boost * query.Boost);
        if (query is FulltextBooleanQuery boolean)
        {
            return EvaluateBoolean(boolean, boost);
        }

        if (query is FulltextMatchAllQuery { Field: null })
        {
            // *:* is every indexed node once, not once per field.
            return _documents.Keys.ToDictionary<StoredNode, StoredNode, double>(n => n, _ => boost, ReferenceEqualityComparer.Instance);
        }

        var sums = new Dictionary<StoredNode, double>(ReferenceEqualityComparer.Instance);
        foreach (var field in FieldsOf(query.Field))
        {
            switch (query)
            {
                case FulltextTermQuery term:
                    AddTerm(field, term.Term, boost, sums);
                    break;
                case FulltextPhraseQuery phrase:
                    AddPhrase(field, phrase.Terms, boost, sums);
                    break;
                case FulltextPrefixQuery prefix:
                    AddConstant(field.TermsStartingWith(prefix.Prefix).SelectMany(t => field.Postings(t)!.Keys), boost, sums);
                    break;
                case FulltextWildcardQuery wildcard:
                    AddConstant(FulltextWildcard.Matching(field, wildcard.Pattern).SelectMany(t => field.Postings(t)!.Keys), boost, sums);
                    break;
                case FulltextFuzzyQuery fuzzy:
                    AddFuzzy(field, fuzzy, boost, sums);
                    break;
                case FulltextMatchAllQuery:
                    AddConstant(field.Nodes, boost, sums);
                    break;
            }
        }

        return Rounded(sums);
    }

    private Dictionary<StoredNode, double> EvaluateBoolean(FulltextBooleanQuery query, float boost)
    {
        var must = new List<Dictionary<StoredNode, double>>();
        var should = new List<Dictionary<StoredNode, double>>();
        var mustNot = new List<Dictionary<StoredNode, double>>();
        foreach (var (occur, clause) in query.Clauses)
        {
            var scores = Evaluate(clause, boost);
            (occur == FulltextOccur.Must ? must : occur == FulltextOccur.Should ? should : mustNot).Add(scores);
        }

        Dictionary<StoredNode, double> result;
        if (must.Count > 0)
        {
            must.Sort((a, b) => a.Count.CompareTo(b.Count));
            result = new Dictionary<StoredNode, double>(ReferenceEqualityComparer.Instance);
            foreach (var (node, score) in must[0])
            {
                var sum = score;
                var all = true;
                for (var i = 1; i < must.Count && all; i++)
                {
                    all = must[i].TryGetValue(node, out var other);
                    sum += other;
                }

                if (all)
                {
                    result[node] = sum;
                }
            }

            foreach (var scores in should)
            {
                foreach (var (node, score) in scores)
                {
                    if (result.TryGetValue(node, out var sum))
                    {
                        result[node] = sum + score;
                    }
                }
            }
        }
        else
        {
            result = new Dictionary<StoredNode, double>(ReferenceEqualityComparer.Instance);
            foreach (var scores in should)
            {
                foreach (var (node, score) in scores)
                {
                    result[node] = result.GetValueOrDefault(node) + score;
                }
            }
        }

        foreach (var excluded in mustNot)
        {
            foreach (var node in excluded.Keys)
            {
                result.Remove(node);
            }
        }

        return Rounded(result);
    }

    private IEnumerable<FulltextField> FieldsOf(string? name) =>
        name is null ? _fields : _fields.Where(f => f.Name == name);

    private static void AddTerm(FulltextField field, string term, float boost, Dictionary<StoredNode, double> sums)
    {
        if (field.Postings(term) is not { } postings)
        {
            return;
        }

        var weight = boost * Bm25.Idf(postings.Count, field.DocumentCount);
        var average = field.AverageLength;
        foreach (var (node, positions) in postings)
        {
            sums[node] = sums.GetValueOrDefault(node) + Bm25.Score(weight, positions.Length, field.LengthOf(node), average);
        }
    }

    private static void AddPhrase(FulltextField field, IReadOnlyList<string> terms, float boost, Dictionary<StoredNode, double> sums)
    {
        var postings = new Dictionary<StoredNode, int[]>[terms.Count];
        var idf = 0f;
        for (var i = 0; i < terms.Count; i++)
        {
            if (field.Postings(terms[i]) is not { } p)
            {
                return;
            }

            postings[i] = p;
            idf += Bm25.Idf(p.Count, field.DocumentCount);
        }

        var weight = boost * idf;
        var average = field.AverageLength;
        var rarest = postings.MinBy(p => p.Count)!;
        foreach (var node in rarest.Keys)
        {
            var frequency = PhraseFrequency(postings, node);
            if (frequency > 0)
            {
                sums[node] = sums.GetValueOrDefault(node) + Bm25.Score(weight, frequency, field.LengthOf(node), average);
            }
        }
    }

    // How often the terms stand at consecutive positions in the node's field.
    private static int PhraseFrequency(Dictionary<StoredNode, int[]>[] postings, StoredNode node)
    {
        var positions = new int[postings.Length][];
        for (var i = 0; i < postings.Length; i++)
        {
            if (!postings[i].TryGetValue(node, out var p))
            {
                return 0;
            }

            positions[i] = p;
        }

        var frequency = 0;
        foreach (var start in positions[0])
        {
            var matches = true;
            for (var i = 1; i < positions.Length && matches; i++)
            {
                matches = Array.BinarySearch(positions[i], start + i) >= 0;
            }

            frequency += matches ? 1 : 0;
        }

        return frequency;
    }

    private static void AddConstant(IEnumerable<StoredNode> nodes, float boost, Dictionary<StoredNode, double> sums)
    {
        // A constant-score clause scores each matching node once per field, however many of its terms match.
        foreach (var node in nodes.Distinct(ReferenceEqualityComparer.Instance).Cast<StoredNode>())
        {
            sums[node] = sums.GetValueOrDefault(node) + boost;
        }
    }

    private static void AddFuzzy(FulltextField field, FulltextFuzzyQuery query, float boost, Dictionary<StoredNode, double> sums)
    {
        var expansions = FulltextFuzzy.Expand(field, query.Term, query.MaxEdits, MaxFuzzyExpansions);
        if (expansions.Count == 0)
        {
            return;
        }

        // Lucene's blended rewrite: every expanded term is scored with the largest document frequency among them.
        var idf = Bm25.Idf(expansions.Max(e => field.Postings(e.Term)!.Count), field.DocumentCount);
        var average = field.AverageLength;
        foreach (var (term, termBoost) in expansions)
        {
            var weight = boost * termBoost * idf;
            foreach (var (node, positions) in field.Postings(term)!)
            {
                sums[node] = sums.GetValueOrDefault(node) + Bm25.Score(weight, positions.Length, field.LengthOf(node), average);
            }
        }
    }

    private static Dictionary<StoredNode, double> Rounded(Dictionary<StoredNode, double> sums)
    {
        foreach (var node in sums.Keys)
        {
            // Writing through a reference does not disturb the enumeration.
            ref var score = ref CollectionsMarshal.GetValueRefOrNullRef(sums, node);
            score = (float)score;
        }

        return sums;
    }
}
