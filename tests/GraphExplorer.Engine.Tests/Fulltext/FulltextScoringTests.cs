using GraphExplorer.Engine.Tests.Execution;

namespace GraphExplorer.Engine.Tests.Fulltext;

/// <summary>
/// Scores equal Lucene's BM25 (k1 = 1.2, b = 0.75, per-field length norms, idf over the field's documents), worked
/// out here by hand for small corpora: score = idf · tf / (tf + k1 · (1 − b + b · length / average length)).
/// </summary>
public sealed class FulltextScoringTests : EngineTestBase
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private static double Idf(double documents, double frequency) => Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));

    private static double Bm25(double idf, double tf, double length, double average) => idf * tf / (tf + (K1 * (1 - B + (B * length / average))));

    private async Task<List<(string Name, double Score)>> SearchAsync(string index, string query)
    {
        var result = await RunAsync(
            "CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score RETURN node.name, score",
            new Dictionary<string, object?> { ["index"] = index, ["q"] = query });
        return [.. result.Rows.Select(r => ((string)r[0]!, (double)r[1]!))];
    }

    [Fact]
    public async Task One_term_scores_by_bm25_with_the_field_length_norm()
    {
        await RunAsync("CREATE FULLTEXT INDEX names FOR (n:Official) ON EACH [n.name]");
        await RunAsync("CREATE (:Official {name: 'Anna Geci'}), (:Official {name: 'Dimitar Geçi Geci'}), (:Official {name: 'Ilir Berisha'})");

        // name: 3 documents, lengths 2, 3, 2 (average 7/3); "geci" is in 2 of them, twice in the second.
        var idf = Idf(3, 2);
        var hits = await SearchAsync("names", "geci");
        Assert.Equal(["Dimitar Geçi Geci", "Anna Geci"], hits.Select(h => h.Name));
        Assert.Equal(Bm25(idf, 2, 3, 7.0 / 3), hits[0].Score, 1e-6);
        Assert.Equal(Bm25(idf, 1, 2, 7.0 / 3), hits[1].Score, 1e-6);
    }

    [Fact]
    public async Task A_clause_without_field_sums_over_the_fields_and_a_list_is_one_field_of_all_its_strings()
    {
        await RunAsync("CREATE FULLTEXT INDEX people FOR (n:Official) ON EACH [n.name, n.aliases]");
        await RunAsync(
            """
            CREATE (:Official {name: 'Faruk Geçi', aliases: ['Фарук Геци', 'F. Geci']}),
                   (:Official {name: 'Geci'}),
                   (:Official {name: 'Anna Kola', aliases: ['Ana']})
            """);

        // name: lengths 2, 1, 2 (average 5/3), "geci" in 2 documents.
        // aliases: 2 documents, lengths 4 ("фарук геци f geci") and 1 (average 5/2), "geci" in 1 of them.
        var nameIdf = Idf(3, 2);
        var aliasIdf = Idf(2, 1);
        var faruk = Bm25(nameIdf, 1, 2, 5.0 / 3) + Bm25(aliasIdf, 1, 4, 5.0 / 2);
        var geci = Bm25(nameIdf, 1, 1, 5.0 / 3);
        var hits = await SearchAsync("people", "geci");
        Assert.Equal(["Faruk Geçi", "Geci"], hits.Select(h => h.Name));
        Assert.Equal(faruk, hits[0].Score, 1e-6);
        Assert.Equal(geci, hits[1].Score, 1e-6);

        // Cyrillic aliases are found in their own script; a field-qualified clause scores that field only.
        Assert.Equal(["Faruk Geçi"], (await SearchAsync("people", "геци")).Select(h => h.Name));
        var byAlias = await SearchAsync("people", "aliases:geci");
        Assert.Equal(Bm25(aliasIdf, 1, 4, 5.0 / 2), Assert.Single(byAlias).Score, 1e-6);
        Assert.Empty(await SearchAsync("people", "title:geci"));
    }

    [Fact]
    public async Task Phrase_scores_with_the_summed_idf_and_prefixes_score_a_constant_per_field()
    {
        await RunAsync("CREATE FULLTEXT INDEX names FOR (n:Official) ON EACH [n.name]");
        await RunAsync("CREATE (:Official {name: 'Faruk Geci'}), (:Official {name: 'Geci Faruk'}), (:Official {name: 'Faruk Kola'})");

        var phrase = Assert.Single(await SearchAsync("names", "\"faruk geci\""));
        Assert.Equal("Faruk Geci", phrase.Name);
        Assert.Equal(Bm25(Idf(3, 3) + Idf(3, 2), 1, 2, 2), phrase.Score, 1e-6);

        var prefix = await SearchAsync("names", "far*");
        Assert.All(prefix, h => Assert.Equal(1.0, h.Score));
        Assert.Equal(3, prefix.Count);
    }

    [Fact]
    public async Task Equal_scores_are_ordered_by_node_id_and_boosts_multiply()
    {
        await RunAsync("CREATE FULLTEXT INDEX names FOR (n:Official) ON EACH [n.name]");
        await RunAsync("UNWIND range(1, 5) AS i CREATE (:Official {name: 'Kola ' + toString(i)})");
        var hits = await SearchAsync("names", "kola");
        Assert.Equal(["Kola 1", "Kola 2", "Kola 3", "Kola 4", "Kola 5"], hits.Select(h => h.Name));

        var boosted = await SearchAsync("names", "kola 5^3");
        Assert.Equal("Kola 5", boosted[0].Name);
        Assert.Equal(hits[0].Score + (3 * Bm25(Idf(5, 1), 1, 2, 2)), boosted[0].Score, 1e-6);
    }

    [Fact]
    public async Task Fuzzy_terms_rank_closer_spellings_higher()
    {
        await RunAsync("CREATE FULLTEXT INDEX names FOR (n:Official) ON EACH [n.name]");
        await RunAsync("CREATE (:Official {name: 'Geci'}), (:Official {name: 'Gecaj'}), (:Official {name: 'Gegi'}), (:Official {name: 'Kola'})");

        // geci~: geci (0 edits, boost 1), gegi (1 edit, boost 1 - 1/4), gecaj (2 edits, boost 1 - 2/4); all scored
        // with the largest document frequency among them (1), as Lucene's blended rewrite does.
        var idf = Idf(4, 1);
        var hits = await SearchAsync("names", "geci~");
        Assert.Equal(["Geci", "Gegi", "Gecaj"], hits.Select(h => h.Name));
        Assert.Equal(Bm25(idf, 1, 1, 1), hits[0].Score, 1e-6);
        Assert.Equal(0.75 * Bm25(idf, 1, 1, 1), hits[1].Score, 1e-6);
        Assert.Equal(0.5 * Bm25(idf, 1, 1, 1), hits[2].Score, 1e-6);
        Assert.Equal(["Geci", "Gegi"], (await SearchAsync("names", "geci~1")).Select(h => h.Name));
    }
}
