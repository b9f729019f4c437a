using System.Text.Json.Nodes;
using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Traversals;

/// <summary><c>search</c> over HTTP on the fulltext index: no candidate cap, folding, ranking, Lucene syntax, the page size.</summary>
public sealed class SearchQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string Id = TraversalQueryTests.Id("Official", "bulk-official-120000");

    [Fact]
    public async Task An_entity_created_last_in_a_graph_larger_than_the_old_candidate_cap_is_found()
    {
        var database = factory.Services.GetRequiredService<IGraphDatabase>();
        // In batches, so that each statement stays well within the Neo4j client's request timeout on a loaded machine.
        for (var first = 1; first <= 120_000; first += 20_000)
        {
            await database.RunAsync(
                """
                UNWIND range($first, $first + 19999) AS i
                CREATE (:Official {id: 'bulk-official-' + toString(i), name: CASE i WHEN 120000 THEN 'Zdravko Ćosić-Last' ELSE 'Bulk Person ' + toString(i) END})
                """,
                new Dictionary<string, object?> { ["first"] = (long)first });
        }

        var data = await QueryAsync("{ exact: search(text: \"cosic last\") { id label } prefix: search(text: \"ZDRAV cos\", types: [OFFICIAL], first: 50) { id } }");

        Assert.Equal(Id, Assert.Single(data["exact"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal("Zdravko Ćosić-Last", data["exact"]![0]!["label"]!.GetValue<string>());
        Assert.Equal(Id, Assert.Single(data["prefix"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Diacritics_and_case_are_folded_both_ways()
    {
        var database = factory.Services.GetRequiredService<IGraphDatabase>();
        await database.RunAsync("CREATE (:Official {id: 'folded-geci', name: 'Ardit Geçi', aliases: ['Ardit GEÇI']})");

        var data = await QueryAsync("{ a: search(text: \"ardit geci\") { id } b: search(text: \"GEÇI ARD\") { id } c: search(text: \"Gèci\") { id } }");

        Assert.Equal(TraversalQueryTests.Id("Official", "folded-geci"), data["a"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(TraversalQueryTests.Id("Official", "folded-geci"), data["b"]![0]!["id"]!.GetValue<string>());
        Assert.Contains(data["c"]!.AsArray(), h => h!["id"]!.GetValue<string>() == TraversalQueryTests.Id("Official", "folded-geci"));
        Assert.Contains(data["c"]!.AsArray(), h => h!["id"]!.GetValue<string>() == TraversalQueryTests.Id("Official", "official-faruk-geci"));
    }

    [Fact]
    public async Task A_whole_word_ranks_before_a_prefix_and_more_words_matched_rank_first()
    {
        var database = factory.Services.GetRequiredService<IGraphDatabase>();
        await database.RunAsync("""
            CREATE (:Official {id: 'rank-1', name: 'Vesna Rankovićeva'}),
                   (:Official {id: 'rank-2', name: 'Vesna Ranko'}),
                   (:Official {id: 'rank-3', name: 'Mila Ranko'})
            """);

        var data = await QueryAsync("{ one: search(text: \"ranko\") { id score } two: search(text: \"vesna ranko\") { id score } }");

        var one = data["one"]!.AsArray();
        Assert.Equal(["rank-1", "rank-2", "rank-3"], one.Select(h => Key(h!)).Order(StringComparer.Ordinal));
        Assert.Equal("rank-1", Key(one[2]!));
        Assert.True(one[1]!["score"]!.GetValue<double>() > one[2]!["score"]!.GetValue<double>());
        Assert.Equal("rank-2", Key(data["two"]![0]!));
    }

    [Theory]
    [InlineData("\"(a AND b~")]
    [InlineData("faruk) OR name:* ^2 [a TO z]")]
    [InlineData("\\ / ! { } && ||")]
    public async Task Lucene_syntax_in_the_text_is_no_error(string text)
    {
        var data = await QueryAsync("query($text: String!) { search(text: $text) { id } }", new { text });

        Assert.NotNull(data["search"]!.AsArray());
    }

    [Fact]
    public async Task First_above_fifty_is_the_page_size_error()
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync("{ search(text: \"geci\", first: 51) { id } }");

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], (await response.ReadJsonAsync()).ErrorCodes());
    }

    private static string Key(JsonNode hit)
    {
        var global = hit["id"]!.GetValue<string>();
        var padded = global.Replace('-', '+').Replace('_', '/').PadRight(global.Length + ((4 - (global.Length % 4)) % 4), '=');
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split(':', 2)[1];
    }

    private async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(query, variables);
        var body = await response.ReadJsonAsync();
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }
}
