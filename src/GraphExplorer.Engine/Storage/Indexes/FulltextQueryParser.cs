using System.Globalization;

namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>
/// Reads Lucene's classic query syntax as Neo4j's fulltext procedures accept it: terms (analysed like indexed text),
/// <c>"phrases"</c>, <c>term*</c> prefixes, <c>te?m*</c> wildcards, <c>term~</c> / <c>term~1</c> fuzzy terms, <c>field:term</c>,
/// <c>AND</c>/<c>&amp;&amp;</c>, <c>OR</c>/<c>||</c>, <c>NOT</c>/<c>!</c>, <c>+</c>/<c>-</c>, parentheses, <c>^boost</c> and backslash
/// escapes; the default operator is OR. Clauses combine as Lucene's <c>QueryParserBase.addClause</c> combines them.
/// Throws <see cref="FulltextSyntaxException"/> for anything else. Not thread-safe (one per parse).
/// </summary>
internal sealed class FulltextQueryParser
{
    private readonly string _query;
    private readonly List<FulltextToken> _tokens;
    private int _next;

    private FulltextQueryParser(string query)
    {
        _query = query;
        _tokens = new FulltextQueryLexer(query).Tokens();
    }

    /// <summary>The query <paramref name="query"/> stands for, or <c>null</c> when it has no term (it then matches nothing).</summary>
    public static FulltextQuery? Parse(string query)
    {
        var parser = new FulltextQueryParser(query);
        var parsed = parser.Query(field: null);
        if (parser.Current.Kind != FulltextTokenKind.End)
        {
            throw parser.Error(parser.Current.Kind == FulltextTokenKind.Close ? "unexpected ')' (no '(' to close)" : $"unexpected '{parser.Current.Text}'");
        }

        return parsed;
    }

    private FulltextToken Current => _tokens[_next];

    private FulltextToken Advance() => _tokens[_next++];

    private FulltextQuery? Query(string? field)
    {
        var clauses = new List<(FulltextOccur Occur, FulltextQuery Query)>();
        FulltextQuery? single = null;
        var count = 0;
        var first = true;
        while (first || !(Current.Kind is FulltextTokenKind.End or FulltextTokenKind.Close))
        {
            var conjunction = first ? FulltextTokenKind.End : Conjunction();
            var modifier = Modifier();
            var query = Clause(field);
            first = false;
            count++;
            single = modifier == FulltextTokenKind.End && count == 1 ? query : null;
            AddClause(clauses, conjunction, modifier, query);
        }

        if (count == 1 && single is not null)
        {
            return single;
        }

        return clauses.Count == 0 ? null : new FulltextBooleanQuery(clauses);
    }

    private FulltextTokenKind Conjunction() => Current.Kind is FulltextTokenKind.And or FulltextTokenKind.Or ? Advance().Kind : FulltextTokenKind.End;

    // '+' requires, '-' / NOT / '!' excludes; End stands for no modifier.
    private FulltextTokenKind Modifier()
    {
        var kind = Current.Kind switch
        {
            FulltextTokenKind.Plus => FulltextTokenKind.Plus,
            FulltextTokenKind.Minus or FulltextTokenKind.Not => FulltextTokenKind.Not,
            _ => FulltextTokenKind.End,
        };
        if (kind != FulltextTokenKind.End)
        {
            Advance();
        }

        return kind;
    }

    // Lucene's addClause with OR as the default operator: AND makes the clause before it required (unless excluded).
    private static void AddClause(List<(FulltextOccur Occur, FulltextQuery Query)> clauses, FulltextTokenKind conjunction, FulltextTokenKind modifier, FulltextQuery? query)
    {
        if (clauses.Count > 0 && conjunction == FulltextTokenKind.And && clauses[^1].Occur != FulltextOccur.MustNot)
        {
            clauses[^1] = (FulltextOccur.Must, clauses[^1].Query);
        }

        if (query is null)
        {
            return;
        }

        var prohibited = modifier == FulltextTokenKind.Not;
        var required = modifier == FulltextTokenKind.Plus || (conjunction == FulltextTokenKind.And && !prohibited);
        clauses.Add((prohibited ? FulltextOccur.MustNot : required ? FulltextOccur.Must : FulltextOccur.Should, query));
    }

    private FulltextQuery? Clause(string? field)
    {
        if (Current.Kind == FulltextTokenKind.Word && _tokens[_next + 1].Kind == FulltextTokenKind.Colon)
        {
            field = Advance().Text.Replace(FulltextQueryLexer.AnyRun, '*');
            Advance();
        }

        switch (Current.Kind)
        {
            case FulltextTokenKind.Open:
                Advance();
                var group = Query(field);
                if (Current.Kind != FulltextTokenKind.Close)
                {
                    throw Error("')' expected");
                }

                Advance();
                return Boosted(group);
            case FulltextTokenKind.Word:
                return Boosted(Term(field, Advance()));
            case FulltextTokenKind.Quoted:
                return Boosted(Phrase(field, Advance()));
            default:
                throw Error(Current.Kind == FulltextTokenKind.End ? "a term expected, but the query ends" : $"a term expected, but found '{Current.Text}'");
        }
    }

    private FulltextQuery? Term(string? field, FulltextToken word)
    {
        int? edits = null;
        if (Current.Kind == FulltextTokenKind.Tilde)
        {
            edits = Edits(Advance(), word.Text);
        }

        if (word.HasWildcard)
        {
            if (word.Text == FulltextQueryLexer.AnyRun.ToString())
            {
                return new FulltextMatchAllQuery(field == "*" ? null : field);
            }

            var pattern = FulltextAnalyzer.Normalize(word.Text);
            var star = pattern.IndexOf(FulltextQueryLexer.AnyRun, StringComparison.Ordinal);
            return star == pattern.Length - 1 && pattern.IndexOf(FulltextQueryLexer.AnyOne, StringComparison.Ordinal) < 0
                ? new FulltextPrefixQuery(field, pattern[..^1])
                : new FulltextWildcardQuery(field, pattern);
        }

        if (edits is { } maxEdits)
        {
            return new FulltextFuzzyQuery(field, FulltextAnalyzer.Normalize(word.Text), maxEdits);
        }

        var terms = FulltextAnalyzer.Terms(word.Text);
        return terms.Count switch
        {
            0 => null,
            1 => new FulltextTermQuery(field, terms[0]),
            _ => new FulltextBooleanQuery([.. terms.Select(t => (FulltextOccur.Should, (FulltextQuery)new FulltextTermQuery(field, t)))]),
        };
    }

    private FulltextQuery? Phrase(string? field, FulltextToken quoted)
    {
        if (Current.Kind == FulltextTokenKind.Tilde && Advance().Text is { Length: > 0 } slop && double.Parse(slop, CultureInfo.InvariantCulture) >= 1)
        {
            throw Error("phrase proximity (\"…\"~n) is not supported", _tokens[_next - 1].Column);
        }

        var terms = FulltextAnalyzer.Terms(quoted.Text);
        return terms.Count switch
        {
            0 => null,
            1 => new FulltextTermQuery(field, terms[0]),
            _ => new FulltextPhraseQuery(field, terms),
        };
    }

    // Lucene's FuzzyQuery.floatToEdits: "~" alone is 2 edits, "~n" (n ≥ 1) is n edits up to 2, "~0.x" a similarity.
    private static int Edits(FulltextToken tilde, string term)
    {
        if (tilde.Text.Length == 0)
        {
            return 2;
        }

        var value = double.Parse(tilde.Text, CultureInfo.InvariantCulture);
        return value >= 1 ? (int)Math.Min(value, 2) : value == 0 ? 0 : (int)Math.Min((1 - value) * term.Length, 2);
    }

    private FulltextQuery? Boosted(FulltextQuery? query)
    {
        if (Current.Kind != FulltextTokenKind.Boost)
        {
            return query;
        }

        var boost = double.Parse(Advance().Text, CultureInfo.InvariantCulture);
        return query is null ? null : query with { Boost = query.Boost * boost };
    }

    private FulltextSyntaxException Error(string problem, int? column = null) => new(_query, column ?? Current.Column, problem);
}
