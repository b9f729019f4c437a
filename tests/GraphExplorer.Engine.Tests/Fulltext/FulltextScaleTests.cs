using GraphExplorer.Engine.Tests.Execution;

namespace GraphExplorer.Engine.Tests.Fulltext;

/// <summary>Over more than 100,000 nodes (the old API search read at most 100,000 candidates) every node is findable.</summary>
public sealed class FulltextScaleTests : EngineTestBase
{
    [Fact]
    public async Task The_node_created_last_in_a_graph_of_more_than_100k_nodes_is_found_first()
    {
        await RunAsync("CREATE FULLTEXT INDEX entitySearch FOR (n:Official|Meeting) ON EACH [n.name, n.title]");
        await RunAsync("UNWIND range(1, 60000) AS i CREATE (:Official {name: 'Official ' + toString(i) + ' Berisha'})");
        await RunAsync("UNWIND range(1, 45000) AS i CREATE (:Meeting {title: 'Meeting ' + toString(i) + ' on Berisha'})");
        await RunAsync("CREATE (:Official {name: 'Zeqir Geçi Berisha'})");
        Assert.Equal(105_001L, await ScalarAsync("MATCH (n) RETURN count(n)"));

        var result = await RunAsync(
            "CALL db.index.fulltext.queryNodes('entitySearch', $q, {limit: 3}) YIELD node, score RETURN node.name, score",
            new Dictionary<string, object?> { ["q"] = "geci* OR zeqir~1" });
        Assert.Equal("Zeqir Geçi Berisha", Assert.Single(result.Rows)[0]);

        // Every node holds "berisha": a page far down the ranking is there too.
        var page = await RunAsync("CALL db.index.fulltext.queryNodes('entitySearch', 'berisha', {skip: 105000, limit: 10}) YIELD node RETURN node");
        Assert.Single(page.Rows);
    }
}
