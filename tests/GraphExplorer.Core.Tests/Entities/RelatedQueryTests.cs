using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Tests.Support;

namespace GraphExplorer.Core.Tests.Entities;

/// <summary>Filtered, sorted related nodes of many parents: the batch key, the statement and its answer on the seed.</summary>
public sealed class RelatedQueryTests(SeededGraphFixture fixture) : IClassFixture<SeededGraphFixture>
{
    private static readonly RelationshipField MinistryPositions = EntityCatalog.Field("Ministry", "positions")!;

    [Fact]
    public void Equal_filters_share_a_key_and_different_ones_do_not()
    {
        RelatedQuery Query(string text, bool descending) =>
            new(new AllOfFilter([new PropertyFilter("title", FilterOperator.In, new List<object?> { text }), new NotFilter(new PropertyFilter("title", FilterOperator.Eq, null))]),
                [new EntityOrder("title", descending)]);

        Assert.Equal(Query("Minister", false).Key, Query("Minister", false).Key);
        Assert.NotEqual(Query("Minister", false).Key, Query("Minister", true).Key);
        Assert.NotEqual(Query("Minister", false).Key, Query("Director", false).Key);
        Assert.NotEqual(RelatedQuery.All.Key, Query("Minister", false).Key);
        // A value that looks like structure stays a value: it is JSON in the key.
        Assert.NotEqual(new RelatedQuery(new PropertyFilter("title", FilterOperator.Eq, "a\" ASC,"), []).Key, new RelatedQuery(new PropertyFilter("title", FilterOperator.Eq, "a"), [new EntityOrder("\"", false)]).Key);
    }

    [Fact]
    public void The_filtered_statement_keeps_values_in_parameters_and_orders_by_the_keys_then_the_id()
    {
        const string Attack = "x' OR 1=1 WITH n MATCH (m) DETACH DELETE m //";
        var query = new RelatedQuery(new PropertyFilter("title", FilterOperator.StartsWith, Attack), [new EntityOrder("title", true)]);

        var cypher = EntityQueries.BuildRelatedCypher(MinistryPositions, query, PageWindow.Head(5), true, out var parameters);

        Assert.Contains("MATCH (p)<-[r:IN]-(n) WHERE n.title STARTS WITH $f0", cypher, StringComparison.Ordinal);
        Assert.Contains("WITH r, n ORDER BY n.title DESC, n.id ASC LIMIT $limit", cypher, StringComparison.Ordinal);
        Assert.Contains("COUNT { (p)<-[:IN]-(n) WHERE n.title STARTS WITH $f0 } AS total", cypher, StringComparison.Ordinal);
        Assert.Equal(6L, parameters["limit"]);
        Assert.DoesNotContain("DELETE", cypher, StringComparison.Ordinal);
        Assert.Equal(Attack, parameters["f0"]);
        Assert.Throws<ArgumentException>(() => EntityQueries.BuildRelatedCypher(MinistryPositions, new RelatedQuery(null, [new EntityOrder("name", false)]), PageWindow.Head(5), false, out _));
    }

    [Fact]
    public async Task Each_parent_gets_its_matching_related_nodes_in_order()
    {
        var queries = new EntityQueries(fixture.Database);
        var query = new RelatedQuery(new PropertyFilter("title", FilterOperator.StartsWith, "Director"), [new EntityOrder("title", true)]);

        var related = await queries.RelatedAsync(MinistryPositions, ["ministry-defence-xk", "ministry-defence-al", "ministry-none"], query, PageWindow.Head(5), false, CancellationToken.None);

        Assert.Equal(["position-director-defence-policy-xk"], related["ministry-defence-xk"].Items.Select(r => r.Node.Id));
        Assert.Equal(["position-director-defence-policy-armament-al"], related["ministry-defence-al"].Items.Select(r => r.Node.Id));
        Assert.Empty(related["ministry-none"].Items);
    }
}
