using GraphExplorer.Core.Tests.Support;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Engine;

namespace GraphExplorer.Core.Tests.Traversals;

/// <summary>Search by name, title and alias, folded and ranked.</summary>
public sealed class SearchQueriesTests(SeededGraphFixture seeded) : IClassFixture<SeededGraphFixture>
{
    [Theory]
    [InlineData("GECI")]
    [InlineData("geçi")]
    [InlineData("faruk")]
    public async Task Names_are_found_whatever_the_case_and_diacritics(string text)
    {
        var hits = await new SearchQueries(seeded.Database).SearchAsync(text, null, 10, CancellationToken.None);

        var hit = Assert.Single(hits);
        Assert.Equal(("Official", "official-faruk-geci", "Faruk Geci"), (hit.Label, hit.Id, hit.Text));
    }

    [Fact]
    public async Task Aliases_are_searched_and_the_entity_is_named_by_its_name()
    {
        var hits = await new SearchQueries(seeded.Database).SearchAsync("kroatien", null, 10, CancellationToken.None);

        Assert.Equal(("Country", "country-hr", "Croatia", 3.0), (hits[0].Label, hits[0].Id, hits[0].Text, hits[0].Score));
        Assert.All(hits.Skip(1), h => Assert.True(h.Score < 3));
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
    public async Task Exact_matches_rank_before_prefixes_before_fragments_then_by_name()
    {
        await using var database = EmbeddedGraphDatabase.CreateInMemory();
        await database.RunAsync(
            """
            CREATE (:Official {id: 'o-1', name: 'Marko Đurđanović'}),
                   (:Official {id: 'o-2', name: 'Đurđa'}),
                   (:Official {id: 'o-3', name: 'Ivan Durda', aliases: ['Đurđa Ivan']}),
                   (:Official {id: 'o-4', name: 'Durdaš'}),
                   (:Topic {id: 't-1', name: 'Unrelated'})
            """);

        var hits = await new SearchQueries(database).SearchAsync("durda", null, 10, CancellationToken.None);

        Assert.Equal(["o-2", "o-4", "o-3", "o-1"], hits.Select(h => h.Id));
        Assert.Equal([3.0, 2.0, 2.0, 1.0], hits.Select(h => h.Score));
    }

    [Fact]
    public async Task Blank_text_finds_nothing()
    {
        Assert.Empty(await new SearchQueries(seeded.Database).SearchAsync("   ", null, 10, CancellationToken.None));
    }
}
