using GraphExplorer.Engine.Tests.Execution;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Fulltext;

/// <summary>db.index.fulltext.queryNodes as Neo4j 5 users call it: Lucene syntax, the options map, Neo4j's errors.</summary>
public sealed class FulltextProcedureTests : EngineTestBase
{
    private async Task<List<string>> NamesAsync(string query, string options = "{}")
    {
        var result = await RunAsync(
            $"CALL db.index.fulltext.queryNodes('entitySearch', $q, {options}) YIELD node RETURN node.name",
            new Dictionary<string, object?> { ["q"] = query });
        return [.. result.Rows.Select(r => (string)r[0]!)];
    }

    private async Task CreateAsync()
    {
        await RunAsync(
            """
            CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS FOR (n:Country|Ministry|Official) ON EACH [n.name, n.title, n.aliases]
            OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}
            """);
        await RunAsync(
            """
            CREATE (:Official {name: 'Faruk Geçi', aliases: ['Фарук Геци', 'F. Geci']}),
                   (:Official {name: 'Anna Geci'}),
                   (:Official {name: 'Gecaj Ilir'}),
                   (:Ministry {title: 'Ministry of Foreign Affairs'}),
                   (:Country {name: 'Kosovo', aliases: ['Kosova']})
            """);
    }

    [Fact]
    public async Task Folding_finds_every_spelling()
    {
        await CreateAsync();
        foreach (var query in new[] { "geci", "Geçi", "GECI", "gEçI" })
        {
            Assert.Equal(["Anna Geci", "Faruk Geçi"], (await NamesAsync(query)).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Boolean_operators_prefix_fuzzy_and_phrase()
    {
        await CreateAsync();
        Assert.Equal(["Anna Geci"], await NamesAsync("geci AND anna"));
        Assert.Equal(["Anna Geci"], await NamesAsync("+geci +anna"));
        Assert.Equal(["Faruk Geçi"], await NamesAsync("geci -anna"));
        Assert.Equal(["Faruk Geçi"], await NamesAsync("geci NOT anna"));
        Assert.Empty(await NamesAsync("geci OR kosovo AND faruk"));
        Assert.Equal(["Anna Geci", "Faruk Geçi"], (await NamesAsync("(anna OR faruk) AND geci")).Order(StringComparer.Ordinal));
        Assert.Empty(await NamesAsync("NOT geci"));
        Assert.Equal(["Anna Geci", "Faruk Geçi", "Gecaj Ilir"], (await NamesAsync("gec*")).Order(StringComparer.Ordinal));
        Assert.Equal(["Anna Geci", "Faruk Geçi", "Gecaj Ilir"], (await NamesAsync("geç*")).Order(StringComparer.Ordinal));
        Assert.Equal(["Kosovo"], await NamesAsync("kosovaa~1"));
        Assert.Equal(["Ministry of Foreign Affairs"], await TitlesAsync("\"foreign affairs\""));
        Assert.Empty(await TitlesAsync("\"affairs foreign\""));
        Assert.Equal(["Faruk Geçi"], await NamesAsync("aliases:геци"));
        Assert.Equal(["Faruk Geçi"], await NamesAsync("name:faruk"));
        Assert.Equal(5, (await RunAsync("CALL db.index.fulltext.queryNodes('entitySearch', '*:*') YIELD node RETURN node")).Rows.Count);
    }

    private async Task<List<string>> TitlesAsync(string query)
    {
        var result = await RunAsync(
            "CALL db.index.fulltext.queryNodes('entitySearch', $q) YIELD node RETURN node.title",
            new Dictionary<string, object?> { ["q"] = query });
        return [.. result.Rows.Select(r => (string)r[0]!)];
    }

    [Fact]
    public async Task Skip_and_limit_options_page_the_ranking()
    {
        await CreateAsync();
        var all = await NamesAsync("gec* OR geci");
        Assert.Equal(3, all.Count);
        Assert.Equal(all[..2], await NamesAsync("gec* OR geci", "{limit: 2}"));
        Assert.Equal(all[1..], await NamesAsync("gec* OR geci", "{skip: 1}"));
        Assert.Equal(all[1..2], await NamesAsync("gec* OR geci", "{skip: 1, limit: 1}"));
        Assert.Empty(await NamesAsync("gec* OR geci", "{skip: 5, limit: 1}"));
        Assert.Equal(all, await NamesAsync("gec* OR geci", "{analyzer: 'standard-folding'}"));
        var error = await Assert.ThrowsAsync<CypherException>(() => NamesAsync("geci", "{limit: -1}"));
        Assert.Equal(StatusCodes.ProcedureCallFailed, error.Code);
    }

    [Theory]
    [InlineData("\"unclosed", "the phrase is not closed")]
    [InlineData("AND", "a term expected")]
    [InlineData("(a", "')' expected")]
    [InlineData("a~x", "after '~'")]
    public async Task Broken_syntax_is_a_procedure_call_failure_naming_the_problem(string query, string problem)
    {
        await CreateAsync();
        var error = await Assert.ThrowsAsync<CypherException>(() => NamesAsync(query));
        Assert.Equal(StatusCodes.ProcedureCallFailed, error.Code);
        Assert.StartsWith("Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic.ParseException: Cannot parse", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);

        // The database goes on answering.
        Assert.Equal(2, (await NamesAsync("geci")).Count);
    }

    [Fact]
    public async Task An_unknown_index_is_neo4j_s_error()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => NamesAsync("geci"));
        Assert.Equal(StatusCodes.ProcedureCallFailed, error.Code);
        Assert.Contains("There is no such fulltext schema index: entitySearch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_of_create_fulltext_index_are_checked_and_shown()
    {
        await CreateAsync();
        var shown = await RunAsync("SHOW FULLTEXT INDEXES YIELD name, type, options, createStatement");
        var row = Assert.Single(shown.Rows);
        Assert.Equal("FULLTEXT", row[1]);
        var options = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row[2]);
        Assert.Equal("fulltext-1.0", options["indexProvider"]);
        Assert.Equal("standard-folding", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(options["indexConfig"])["fulltext.analyzer"]);
        Assert.Contains("OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'", (string)row[3]!, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync(
            "CREATE FULLTEXT INDEX other FOR (n:Topic) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'klingon'}}"));
        Assert.Equal(StatusCodes.ArgumentError, error.Code);
        Assert.Contains("'klingon' is not a known analyzer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_options_argument_is_optional_and_a_fourth_is_refused()
    {
        await CreateAsync();
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync(
            "CALL db.index.fulltext.queryNodes('entitySearch', 'geci', {}, 1) YIELD node RETURN node"));
        Assert.Equal(StatusCodes.SyntaxError, error.Code);
        Assert.Contains("expected at least 2 (total: 3, 1 of which have default values)", error.Message, StringComparison.Ordinal);
    }
}
