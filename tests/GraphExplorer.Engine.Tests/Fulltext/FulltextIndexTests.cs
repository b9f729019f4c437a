using GraphExplorer.Engine.Tests.Execution;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Tests.Fulltext;

public sealed class FulltextIndexTests : EngineTestBase
{
    private const string Query =
        "CALL db.index.fulltext.queryNodes('names', $q) YIELD node, score RETURN node.name AS name, score";

    private async Task<List<string>> NamesAsync(string query)
    {
        var result = await RunAsync(Query, new Dictionary<string, object?> { ["q"] = query });
        return [.. result.Rows.Select(r => (string)r[0]!)];
    }

    private async Task CreateIndexAndPeopleAsync()
    {
        await RunAsync("CREATE FULLTEXT INDEX names FOR (n:Official|Country) ON EACH [n.name, n.aliases]");
        await RunAsync(
            """
            CREATE (:Official {name: 'Dimitar Geçi'}), (:Official {name: 'Anna Geci'}), (:Country {name: 'Kosovo', aliases: ['Kosova']}),
                   (:Official {name: 'Gecaj Ilir'}), (:Ministry {name: 'Geçi Ministry'})
            """);
    }

    [Fact]
    public async Task Query_is_case_and_diacritic_insensitive()
    {
        await CreateIndexAndPeopleAsync();
        Assert.Equal(["Anna Geci", "Dimitar Geçi"], (await NamesAsync("Geci")).Order(StringComparer.Ordinal));
        Assert.Equal(["Anna Geci", "Dimitar Geçi"], (await NamesAsync("geçi")).Order(StringComparer.Ordinal));
        Assert.Equal(["Anna Geci", "Dimitar Geçi"], (await NamesAsync("GECI")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Prefix_term_matches_every_term_it_starts()
    {
        await CreateIndexAndPeopleAsync();
        Assert.Equal(["Anna Geci", "Dimitar Geçi", "Gecaj Ilir"], (await NamesAsync("Gec*")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Several_terms_are_ored_and_more_matches_rank_higher()
    {
        await CreateIndexAndPeopleAsync();
        var names = await NamesAsync("anna geci");
        Assert.Equal("Anna Geci", names[0]);
        Assert.Equal(["Anna Geci", "Dimitar Geçi"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Scores_are_positive_floats_in_descending_order()
    {
        await CreateIndexAndPeopleAsync();
        var result = await RunAsync(Query, new Dictionary<string, object?> { ["q"] = "anna geci ilir" });
        var scores = result.Rows.Select(r => Assert.IsType<double>(r[1])).ToList();
        Assert.Equal(3, scores.Count);
        Assert.All(scores, s => Assert.True(s > 0));
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Only_nodes_with_an_indexed_label_are_found_and_lists_of_strings_are_indexed()
    {
        await CreateIndexAndPeopleAsync();
        Assert.DoesNotContain("Geçi Ministry", await NamesAsync("geci ministry"));
        Assert.Equal(["Kosovo"], await NamesAsync("kosova"));
    }

    [Fact]
    public async Task Index_follows_writes_set_remove_label_and_delete()
    {
        await CreateIndexAndPeopleAsync();
        await RunAsync("MATCH (n:Official {name: 'Anna Geci'}) SET n.name = 'Anna Berisha'");
        Assert.Equal(["Anna Berisha"], await NamesAsync("berisha"));
        Assert.Equal(["Dimitar Geçi"], await NamesAsync("geci"));
        await RunAsync("MATCH (n:Ministry) SET n:Official");
        Assert.Contains("Geçi Ministry", await NamesAsync("ministry"));
        await RunAsync("MATCH (n:Official {name: 'Dimitar Geçi'}) REMOVE n:Official");
        await RunAsync("MATCH (n:Official {name: 'Gecaj Ilir'}) DETACH DELETE n");
        Assert.Equal(["Geçi Ministry"], await NamesAsync("gec*"));
    }

    [Fact]
    public async Task Nodes_created_before_the_index_are_indexed()
    {
        await RunAsync("CREATE (:Official {name: 'Dimitar Geçi'})");
        await RunAsync("CREATE FULLTEXT INDEX names FOR (n:Official) ON EACH [n.name]");
        Assert.Equal(["Dimitar Geçi"], await NamesAsync("Geci"));
    }

    [Fact]
    public async Task A_rolled_back_write_leaves_the_index_as_it_was()
    {
        await CreateIndexAndPeopleAsync();
        await Assert.ThrowsAsync<CypherException>(() => RunAsync("CREATE (:Official {name: 'Zana Geci'}) WITH 1 AS x RETURN 1 / 0"));
        Assert.DoesNotContain("Zana Geci", await NamesAsync("zana geci"));
    }

    [Fact]
    public async Task Show_indexes_lists_it_and_drop_index_removes_it()
    {
        await CreateIndexAndPeopleAsync();
        var shown = await RunAsync("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, createStatement WHERE type = 'FULLTEXT'");
        var row = Assert.Single(shown.Rows);
        Assert.Equal("names", row[0]);
        Assert.Equal(new List<object?> { "Official", "Country" }, row[2]);
        Assert.Equal(new List<object?> { "name", "aliases" }, row[3]);
        Assert.Contains("ON EACH [n.`name`, n.`aliases`]", (string)row[4]!, StringComparison.Ordinal);

        var again = await RunAsync("CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Official|Country) ON EACH [n.name, n.aliases]");
        Assert.Equal(0, again.Counters.IndexesAdded);
        var dropped = await RunAsync("DROP INDEX names");
        Assert.Equal(1, dropped.Counters.IndexesRemoved);
        var error = await Assert.ThrowsAsync<CypherException>(() => NamesAsync("geci"));
        Assert.Equal(StatusCodes.ProcedureCallFailed, error.Code);
    }

    [Fact]
    public async Task Yielded_node_is_a_node()
    {
        await CreateIndexAndPeopleAsync();
        var result = await RunAsync("CALL db.index.fulltext.queryNodes('names', 'kosovo') YIELD node RETURN node");
        var node = Assert.IsType<GraphNode>(Assert.Single(result.Rows)[0]);
        Assert.Contains("Country", node.Labels);
    }

    [Fact]
    public async Task Index_survives_a_restart_of_a_durable_database()
    {
        var directory = Directory.CreateTempSubdirectory("fulltext").FullName;
        try
        {
            await using (var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = directory }))
            {
                await database.RunAsync("CREATE FULLTEXT INDEX names FOR (n:Official) ON EACH [n.name]");
                await database.RunAsync("CREATE (:Official {name: 'Dimitar Geçi'})");
            }

            await using (var reopened = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = directory }))
            {
                var result = await reopened.RunAsync("CALL db.index.fulltext.queryNodes('names', 'geci') YIELD node RETURN node.name");
                Assert.Equal("Dimitar Geçi", Assert.Single(result.Rows)[0]);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
