using GraphExplorer.Core.Traversals;
using GraphExplorer.Engine;

namespace GraphExplorer.Core.Tests.Traversals;

/// <summary>What neighbourhoods and paths follow: supernodes, relationship types and time, on small graphs built here.</summary>
public sealed class TraversalFilterTests
{
    [Fact]
    public async Task A_supernode_is_shown_but_not_expanded_and_reported()
    {
        await using var database = await HubGraphAsync();
        var centre = new NodeReference("Meeting", "m-0");

        var capped = await new TraversalQueries(database).NeighborhoodAsync(new NeighborhoodRequest(centre, 2, null, 150, 5000, SupernodeDegree: 3), CancellationToken.None);
        var uncapped = await new TraversalQueries(database).NeighborhoodAsync(new NeighborhoodRequest(centre, 2, null, 150, 5000), CancellationToken.None);

        Assert.Equal(["m-0", "o-1", "o-2", "topic-hub"], Ids(capped).Order(StringComparer.Ordinal));
        Assert.Equal([capped.Nodes.Single(n => (string)n.Properties["id"]! == "topic-hub").ElementId], capped.Unexpanded);
        Assert.True(capped.Truncated);
        Assert.Equal(9, uncapped.Nodes.Count);
        Assert.Empty(uncapped.Unexpanded);
        Assert.False(uncapped.Truncated);
    }

    [Fact]
    public async Task A_path_does_not_pass_through_a_supernode_but_may_end_at_one()
    {
        await using var database = await HubGraphAsync();
        var queries = new TraversalQueries(database);
        var from = new NodeReference("Meeting", "m-0");
        var to = new NodeReference("Meeting", "m-1");

        var around = await queries.PathsAsync(new PathsRequest(from, to, 4, false, 50, 5000, SupernodeDegree: 3), CancellationToken.None);
        var through = await queries.PathsAsync(new PathsRequest(from, to, 4, false, 50, 5000), CancellationToken.None);
        var toHub = await queries.PathsAsync(new PathsRequest(from, new NodeReference("Topic", "topic-hub"), 4, false, 50, 5000, SupernodeDegree: 3), CancellationToken.None);
        var all = await queries.PathsAsync(new PathsRequest(from, to, 4, true, 50, 5000, SupernodeDegree: 3), CancellationToken.None);

        Assert.Equal(["m-0", "o-1", "o-2", "m-1"], Ids(Assert.Single(around)));
        Assert.Equal(["m-0", "topic-hub", "m-1"], Ids(Assert.Single(through)));
        Assert.Equal(["m-0", "topic-hub"], Ids(Assert.Single(toHub)));
        Assert.Equal(["m-0", "o-1", "o-2", "m-1"], Ids(Assert.Single(all)));
    }

    [Fact]
    public async Task Paths_follow_only_the_asked_relationship_types()
    {
        await using var database = EmbeddedGraphDatabase.CreateInMemory();
        await database.RunAsync(
            """
            CREATE (a:Official {id: 'a'}), (b:Official {id: 'b'}), (m:Meeting {id: 'm'}),
                   (a)-[:KNOWS]->(b), (a)-[:ATTENDED]->(m), (b)-[:ATTENDED]->(m)
            """);
        var queries = new TraversalQueries(database);
        var request = new PathsRequest(new("Official", "a"), new("Official", "b"), 4, false, 50, 5000);

        Assert.Equal(["a", "b"], Ids(Assert.Single(await queries.PathsAsync(request, CancellationToken.None))));
        Assert.Equal(["a", "m", "b"], Ids(Assert.Single(await queries.PathsAsync(request with { RelationshipTypes = ["ATTENDED"] }, CancellationToken.None))));
        Assert.Equal(["a", "m", "b"], Ids(Assert.Single(await queries.PathsAsync(request with { RelationshipTypes = ["ATTENDED"], All = true }, CancellationToken.None))));
    }

    [Fact]
    public async Task Paths_as_of_a_date_follow_only_tenures_in_effect()
    {
        await using var database = EmbeddedGraphDatabase.CreateInMemory();
        await database.RunAsync(
            """
            CREATE (a:Official {id: 'a'}), (b:Official {id: 'b'}), (p:Position {id: 'p'}),
                   (a)-[:HOLDS {since: '2020', until: '2022-06'}]->(p), (b)-[:HOLDS {since: '2022-03'}]->(p)
            """);
        var queries = new TraversalQueries(database);
        var request = new PathsRequest(new("Official", "a"), new("Official", "b"), 4, false, 50, 5000);

        Assert.Single(await queries.PathsAsync(request, CancellationToken.None));
        Assert.Single(await queries.PathsAsync(request with { AsOf = PartialDate.Parse("2022-04", "asOf") }, CancellationToken.None));
        Assert.Empty(await queries.PathsAsync(request with { AsOf = PartialDate.Parse("2021", "asOf") }, CancellationToken.None));
        Assert.Empty(await queries.PathsAsync(request with { AsOf = PartialDate.Parse("2023", "asOf"), All = true }, CancellationToken.None));
        Assert.Single(await queries.PathsAsync(request with { AsOf = DateInterval.Between(PartialDate.Parse("2021", "from"), null) }, CancellationToken.None));
    }

    // m-0 and m-1 discuss a topic that four more meetings discuss too (degree 6); around it, m-0 - o-1 - o-2 - m-1.
    private static async Task<EmbeddedGraphDatabase> HubGraphAsync()
    {
        var database = EmbeddedGraphDatabase.CreateInMemory();
        await database.RunAsync(
            """
            CREATE (hub:Topic {id: 'topic-hub', name: 'Hub'}), (o1:Official {id: 'o-1'}), (o2:Official {id: 'o-2'})
            WITH hub, o1, o2
            UNWIND range(0, 5) AS i
            CREATE (m:Meeting {id: 'm-' + toString(i)})-[:DISCUSSED]->(hub)
            WITH o1, o2, m, i
            WHERE i < 2
            FOREACH (_ IN CASE WHEN i = 0 THEN [1] ELSE [] END | CREATE (o1)-[:ATTENDED]->(m))
            FOREACH (_ IN CASE WHEN i = 1 THEN [1] ELSE [] END | CREATE (o2)-[:ATTENDED]->(m))
            """);
        await database.RunAsync("MATCH (o1:Official {id: 'o-1'}), (o2:Official {id: 'o-2'}) CREATE (o1)-[:MET]->(o2)");
        return database;
    }

    private static List<string> Ids(TraversalGraph graph) => [.. graph.Nodes.Select(n => (string)n.Properties["id"]!)];
}
