namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>How a clause of a boolean fulltext query takes part, as Lucene's <c>BooleanClause.Occur</c>.</summary>
internal enum FulltextOccur
{
    /// <summary>Optional; adds to the score when it matches.</summary>
    Should = 1,

    /// <summary>Required (<c>+a</c>, <c>a AND b</c>); adds to the score.</summary>
    Must,

    /// <summary>Excluded (<c>-a</c>, <c>NOT a</c>).</summary>
    MustNot,
}

/// <summary>
/// A parsed fulltext query (Lucene's classic syntax). <see cref="Field"/> is the property a clause is limited to
/// (<c>name:geci</c>), or <c>null</c> for every property of the index; <see cref="Boost"/> multiplies the score (<c>^2</c>).
/// </summary>
internal abstract record FulltextQuery(string? Field, double Boost);

/// <summary>One analysed term: scored by BM25.</summary>
internal sealed record FulltextTermQuery(string? Field, string Term, double Boost = 1) : FulltextQuery(Field, Boost);

/// <summary>Terms at consecutive positions (<c>"faruk geci"</c>): scored by BM25 with the phrase's frequency and the terms' summed idf.</summary>
internal sealed record FulltextPhraseQuery(string? Field, IReadOnlyList<string> Terms, double Boost = 1) : FulltextQuery(Field, Boost);

/// <summary>Every term starting with <see cref="Prefix"/> (<c>gec*</c>): a constant score (Lucene's rewrite of prefix queries).</summary>
internal sealed record FulltextPrefixQuery(string? Field, string Prefix, double Boost = 1) : FulltextQuery(Field, Boost);

/// <summary>Terms matching a pattern with <c>*</c> (any run) and <c>?</c> (one character): a constant score.</summary>
internal sealed record FulltextWildcardQuery(string? Field, string Pattern, double Boost = 1) : FulltextQuery(Field, Boost);

/// <summary>Terms within <see cref="MaxEdits"/> edits (<c>geci~</c>, <c>geci~1</c>): BM25 with blended statistics, each term boosted by its closeness.</summary>
internal sealed record FulltextFuzzyQuery(string? Field, string Term, int MaxEdits, double Boost = 1) : FulltextQuery(Field, Boost);

/// <summary>Every indexed node (<c>*:*</c>), or every node with a term in <see cref="FulltextQuery.Field"/> (<c>name:*</c>): a constant score.</summary>
internal sealed record FulltextMatchAllQuery(string? Field, double Boost = 1) : FulltextQuery(Field, Boost);

/// <summary>Clauses combined by occurrence (Lucene's <c>BooleanQuery</c>): the score sums the matching scoring clauses.</summary>
internal sealed record FulltextBooleanQuery(IReadOnlyList<(FulltextOccur Occur, FulltextQuery Query)> Clauses, double Boost = 1) : FulltextQuery(null, Boost);
