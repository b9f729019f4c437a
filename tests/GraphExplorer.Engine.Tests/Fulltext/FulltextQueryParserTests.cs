using GraphExplorer.Engine.Storage.Indexes;

namespace GraphExplorer.Engine.Tests.Fulltext;

/// <summary>Lucene's classic syntax read into queries, combined as Lucene's QueryParserBase.addClause combines them.</summary>
public sealed class FulltextQueryParserTests
{
    private static FulltextTermQuery Term(string term, string? field = null) => new(field, term);

    [Fact]
    public void Words_are_analysed_and_or_ed_by_default()
    {
        var query = Assert.IsType<FulltextBooleanQuery>(FulltextQueryParser.Parse("Geçi ANNA"));
        Assert.Equal([(FulltextOccur.Should, (FulltextQuery)Term("geci")), (FulltextOccur.Should, Term("anna"))], query.Clauses);
        Assert.Equal(Term("geci"), FulltextQueryParser.Parse("Geçi"));
    }

    [Fact]
    public void And_makes_both_sides_required_and_not_excludes()
    {
        var and = Assert.IsType<FulltextBooleanQuery>(FulltextQueryParser.Parse("a OR b AND c"));
        Assert.Equal([FulltextOccur.Should, FulltextOccur.Must, FulltextOccur.Must], and.Clauses.Select(c => c.Occur));
        var not = Assert.IsType<FulltextBooleanQuery>(FulltextQueryParser.Parse("+a -b NOT c !d && e"));
        Assert.Equal(
            [FulltextOccur.Must, FulltextOccur.MustNot, FulltextOccur.MustNot, FulltextOccur.MustNot, FulltextOccur.Must],
            not.Clauses.Select(c => c.Occur));
    }

    [Fact]
    public void Prefix_wildcard_fuzzy_phrase_field_boost_and_escapes()
    {
        Assert.Equal(new FulltextPrefixQuery(null, "gec"), FulltextQueryParser.Parse("Geç*"));
        Assert.IsType<FulltextWildcardQuery>(FulltextQueryParser.Parse("g?ci*"));
        Assert.Equal(new FulltextFuzzyQuery(null, "geci", 2), FulltextQueryParser.Parse("geci~"));
        Assert.Equal(new FulltextFuzzyQuery(null, "geci", 1), FulltextQueryParser.Parse("geci~1"));
        Assert.Equal(new FulltextFuzzyQuery(null, "geci", 2), FulltextQueryParser.Parse("geci~5"));
        Assert.Equal(new FulltextFuzzyQuery(null, "geci", 1), FulltextQueryParser.Parse("geci~0.7"));
        var phrase = Assert.IsType<FulltextPhraseQuery>(FulltextQueryParser.Parse("name:\"Faruk Geçi\"^2"));
        Assert.Equal(("name", 2.0), (phrase.Field, phrase.Boost));
        Assert.Equal(["faruk", "geci"], phrase.Terms);
        Assert.Equal(Term("geci", "name"), FulltextQueryParser.Parse("name:geci"));
        Assert.Equal(Term("a:b"), FulltextQueryParser.Parse("a\\:b"));
        Assert.Equal(Term("ab"), FulltextQueryParser.Parse("ab\\*"));
        Assert.IsType<FulltextMatchAllQuery>(FulltextQueryParser.Parse("*:*"));
        var group = Assert.IsType<FulltextBooleanQuery>(FulltextQueryParser.Parse("name:(a b)"));
        Assert.All(group.Clauses, c => Assert.Equal("name", c.Query.Field));
    }

    [Theory]
    [InlineData("\"unclosed", "the phrase is not closed")]
    [InlineData("AND", "a term expected, but found 'AND'")]
    [InlineData("a AND", "a term expected, but the query ends")]
    [InlineData("(a", "')' expected")]
    [InlineData("a)", "unexpected ')'")]
    [InlineData("a~x", "a number (the edit distance) or nothing expected after '~'")]
    [InlineData("a^", "a number expected after '^'")]
    [InlineData("a\\", "a character expected after the escape")]
    [InlineData("[a TO b]", "range queries")]
    [InlineData("/ge.i/", "regular expression")]
    [InlineData("\"a b\"~2", "phrase proximity")]
    public void Broken_syntax_names_the_problem_and_where(string query, string problem)
    {
        var error = Assert.Throws<FulltextSyntaxException>(() => FulltextQueryParser.Parse(query));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Cannot parse '{query}': ", error.Message, StringComparison.Ordinal);
        Assert.Contains(" at column ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_of_punctuation_only_matches_nothing() => Assert.Null(FulltextQueryParser.Parse("& ,"));
}
