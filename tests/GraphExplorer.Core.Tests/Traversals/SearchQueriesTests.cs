using GraphExplorer.Core.Tests.Support;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Engine;

namespace GraphExplorer.Core.Tests.Traversals;

/// <summary>Search on the fulltext index by name, title and alias: every word as a word or a prefix, folded, ranked.</summary>
public sealed class SearchQueriesTests(SeededGraphFixture seeded) : IClassFixture<SeededGraphFixture>
{
    [Theory]
    [InlineData("GECI")]
    [InlineData("geçi")]
    [InlineData("faruk")]
    [InlineData("far ge")]
    public async Task Names_are_found_whatever_the_case_and_diacritics_by_words_and_prefixes(string text)
    {
        var hits = await new SearchQueries(seeded.Database).SearchAsync(text, null, 10, CancellationToken.None);

        Assert.Equal(("Official", "official-faruk-geci", "Faruk Geci"), (hits[0].Label, hits[0].Id, hits[0].Text));
    }

    [Fact]
    public async Task Aliases_are_searched_and_the_entity_is_named_by_its_name()
    {
        var hits = await new SearchQueries(seeded.Database).SearchAsync("kroatien", null, 10, CancellationToken.None);

        Assert.Equal(("Country", "country-hr", "Croatia"), (hits[0].Label, hits[0].Id, hits[0].Text));
        Assert.All(hits.Skip(1), h => Assert.True(h.Score < hits[0].Score));
    }

    [Fact]
    public async Task Types_narrow_the_search_and_first_bounds_it()
    {
        var countries = await new SearchQueries(seeded.Database).SearchAsync("kosovo", ["Country"], 10, CancellationToken.None);
        var firstTwo = await new SearchQueries(seeded.Database).SearchAsync("kosovo", null, 2, CancellationToken.None);

        Assert.Equal(["country-xk"], countries.Select(h => h.Id));
        Assert.Equal(2, firstTwo.Count);
        Assert.Equal("country-xk", firstTwo[0].Id);
    }

    [Fact]
    public async Task Whole_words_rank_before_prefixes_and_a_fragment_inside_a_word_is_no_match()
    {
        await using var database = await IndexedAsync(
            """
            CREATE (:Official {id: 'o-1', name: 'Marko Đurđanović'}),
                   (:Official {id: 'o-2', name: 'Đurđa'}),
                   (:Official {id: 'o-4', name: 'Durdaš'}),
                   (:Official {id: 'o-5', name: 'Ana Podurda'}),
                   (:Topic {id: 't-1', name: 'Unrelated'})
            """);

        var hits = await new SearchQueries(database).SearchAsync("durda", null, 10, CancellationToken.None);

        Assert.Equal("o-2", hits[0].Id);
        Assert.Equal(["o-1", "o-2", "o-4"], hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.All(hits.Skip(1), h => Assert.True(h.Score < hits[0].Score));
    }

    [Fact]
    public async Task More_words_matched_rank_first()
    {
        await using var database = await IndexedAsync(
            """
            CREATE (:Official {id: 'o-1', name: 'Ivana Kovač'}),
                   (:Official {id: 'o-2', name: 'Ivana Horvat'}),
                   (:Official {id: 'o-3', name: 'Petar Horvatić'})
            """);

        var hits = await new SearchQueries(database).SearchAsync("Ivana Horvat", null, 10, CancellationToken.None);

        Assert.Equal("o-2", hits[0].Id);
    }

    [Theory]
    [InlineData("\"(a AND b~")]
    [InlineData("geci~ OR \"faruk")]
    [InlineData("+-&&||!(){}[]^\"~*?:\\/ geci")]
    [InlineData("faruk) OR name:*")]
    public async Task Lucene_syntax_in_the_text_only_separates_words(string text)
    {
        var hits = await new SearchQueries(seeded.Database).SearchAsync(text, null, 10, CancellationToken.None);

        Assert.All(hits, h => Assert.NotNull(h.Id));
    }

    [Fact]
    public void The_query_is_every_word_as_a_word_or_a_prefix()
    {
        Assert.Equal("+( geci geci* ) +( faruk faruk* )", FulltextSearchText.Query(FulltextSearchText.Words("Geçi, FARUK! geci")));
        Assert.Equal("+( a a* ) +( and and* ) +( b b* )", FulltextSearchText.Query(FulltextSearchText.Words("\"(a AND b~")));
        Assert.Null(FulltextSearchText.Query(FulltextSearchText.Words("*** ~ ()")));
        Assert.Equal(FulltextSearchText.MaxWords, FulltextSearchText.Words(string.Join(' ', Enumerable.Range(0, 40).Select(i => "w" + i))).Count);
    }

    [Fact]
    public async Task Blank_text_finds_nothing()
    {
        Assert.Empty(await new SearchQueries(seeded.Database).SearchAsync("   ", null, 10, CancellationToken.None));
        Assert.Empty(await new SearchQueries(seeded.Database).SearchAsync("(*)", null, 10, CancellationToken.None));
    }

    private static async Task<EmbeddedGraphDatabase> IndexedAsync(string create)
    {
        var database = EmbeddedGraphDatabase.CreateInMemory();
        await database.RunAsync(File.ReadAllLines(CypherFolder.File("schema.cypher")).Single(l => l.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal)));
        await database.RunAsync(create);
        return database;
    }
}
