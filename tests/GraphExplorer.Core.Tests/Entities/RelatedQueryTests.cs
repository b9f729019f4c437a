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

        var cypher = EntityQueries.BuildRelatedCypher(MinistryPositions, query, out var parameters);

        Assert.Contains("WHERE (n:Position) AND n.title STARTS WITH $f0", cypher, StringComparison.Ordinal);
        Assert.Contains("ORDER BY key, n.title DESC, n.id ASC", cypher, StringComparison.Ordinal);
        Assert.DoesNotContain("DELETE", cypher, StringComparison.Ordinal);
        Assert.Equal(Attack, parameters["f0"]);
        Assert.Throws<ArgumentException>(() => EntityQueries.BuildRelatedCypher(MinistryPositions, new RelatedQuery(null, [new EntityOrder("name", false)]), out _));
    }

    [Fact]
    public async Task Each_parent_gets_its_matching_related_nodes_in_order()
    {
        var queries = new EntityQueries(fixture.Database);
        var query = new RelatedQuery(new PropertyFilter("title", FilterOperator.StartsWith, "Director"), [new EntityOrder("title", true)]);

        var related = await queries.RelatedAsync(MinistryPositions, ["ministry-defence-xk", "ministry-defence-al", "ministry-none"], query, CancellationToken.None);

        Assert.Equal(["position-director-defence-policy-xk"], related["ministry-defence-xk"].Select(r => r.Node.Id));
        Assert.Equal(["position-director-defence-policy-armament-al"], related["ministry-defence-al"].Select(r => r.Node.Id));
        Assert.Empty(related["ministry-none"]);
    }
}
