using GraphExplorer.Core.Tests.Support;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Engine;

namespace GraphExplorer.Core.Tests.Traversals;

/// <summary>Neighbourhoods and paths on the seed and on small graphs built here.</summary>
public sealed class TraversalQueriesTests(SeededGraphFixture seeded) : IClassFixture<SeededGraphFixture>
{
    private const string Meeting = "meeting-trilateral-directors-defence-policy-armament";
    private static readonly NodeReference Geci = new("Official", "official-faruk-geci");

    [Fact]
    public async Task Depth_one_neighbourhood_of_the_meeting_holds_its_attendees_countries_topics_and_declaration()
    {
        var graph = await Queries().NeighborhoodAsync(Request(new NodeReference("Meeting", Meeting), 1), CancellationToken.None);

        var ids = Ids(graph);
        Assert.Equal(Meeting, ids[0]);
        Assert.Contains("official-faruk-geci", ids);
        Assert.Contains("country-hr", ids);
        Assert.Contains("declaration-2025-trilateral-defence", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.False(graph.Truncated);
        Assert.Equal(graph.Nodes.Count - 1, graph.Relationships.Count);
    }

    [Fact]
    public async Task Relationship_types_narrow_the_neighbourhood()
    {
        var graph = await Queries().NeighborhoodAsync(
            Request(new NodeReference("Meeting", Meeting), 1) with { RelationshipTypes = ["TOOK_PART_IN"] }, CancellationToken.None);

        Assert.Equal([Meeting, "country-al", "country-hr", "country-xk"], [Ids(graph)[0], .. Ids(graph).Skip(1).Order(StringComparer.Ordinal)]);
        Assert.All(graph.Relationships, r => Assert.Equal("TOOK_PART_IN", r.Type));
    }

    [Fact]
    public async Task Depth_two_reaches_the_other_delegations_and_keeps_edges_between_kept_nodes_only()
    {
        var graph = await Queries().NeighborhoodAsync(Request(Geci, 2), CancellationToken.None);

        var ids = Ids(graph);
        Assert.Contains("country-al", ids);
        Assert.Contains(CroatianDirector, ids);
        var elementIds = graph.Nodes.Select(n => n.ElementId).ToHashSet();
        Assert.All(graph.Relationships, r => Assert.True(elementIds.Contains(r.StartElementId) && elementIds.Contains(r.EndElementId)));
        Assert.Equal(graph.Relationships.Count, graph.Relationships.Select(r => r.ElementId).Distinct().Count());
    }

    [Fact]
    public async Task The_node_limit_truncates_keeping_the_nearest_nodes()
    {
        var graph = await Queries().NeighborhoodAsync(Request(Geci, 2) with { NodeLimit = 3 }, CancellationToken.None);

        Assert.True(graph.Truncated);
        Assert.Equal(3, graph.Nodes.Count);
        Assert.Equal("official-faruk-geci", Ids(graph)[0]);
    }

    [Fact]
    public async Task The_fan_out_cap_truncates()
    {
        var graph = await Queries().NeighborhoodAsync(Request(Geci, 2) with { FanOutCap = 2 }, CancellationToken.None);

        Assert.True(graph.Truncated);
        Assert.True(graph.Nodes.Count <= 1 + (3 * 2), "at most three paths of two relationships are read");
    }

    [Fact]
    public async Task Depth_zero_is_the_node_alone_and_an_unknown_node_is_an_empty_graph()
    {
        var alone = await Queries().NeighborhoodAsync(Request(Geci, 0), CancellationToken.None);
        var unknown = await Queries().NeighborhoodAsync(Request(new NodeReference("Official", "nobody"), 1), CancellationToken.None);

        Assert.Equal(["official-faruk-geci"], Ids(alone));
        Assert.Empty(alone.Relationships);
        Assert.Empty(unknown.Nodes);
    }

    [Fact]
    public async Task As_of_a_date_leaves_out_tenures_not_in_effect()
    {
        await using var database = EmbeddedGraphDatabase.CreateInMemory();
        await TenureDataset.AddAsync(database);
        var queries = new TraversalQueries(database);
        var post = new NodeReference("Position", TenureDataset.PositionA);

        var in2021 = await queries.NeighborhoodAsync(Request(post, 1) with { RelationshipTypes = ["HOLDS"], AsOf = PartialDate.Parse("2021", "asOf") }, CancellationToken.None);
        var in2023 = await queries.NeighborhoodAsync(Request(post, 1) with { RelationshipTypes = ["HOLDS"], AsOf = PartialDate.Parse("2023", "asOf") }, CancellationToken.None);

        Assert.Equal([TenureDataset.PositionA, TenureDataset.OfficialA1], Ids(in2021));
        Assert.Equal([TenureDataset.OfficialA1, TenureDataset.OfficialA2], Ids(in2023).Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Relationship_types_that_are_not_plain_names_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Queries().NeighborhoodAsync(Request(Geci, 1) with { RelationshipTypes = ["HOLDS]-() DETACH DELETE n //"] }, CancellationToken.None));
    }

    [Fact]
    public async Task The_shortest_path_from_geci_to_croatia_is_the_meeting_both_attended_not_the_shared_source()
    {
        var paths = await Queries().PathsAsync(Paths(Geci, new NodeReference("Country", "country-hr")), CancellationToken.None);

        var path = Assert.Single(paths);
        Assert.Equal(["official-faruk-geci", Meeting, "country-hr"], Ids(path));
        Assert.Equal(["ATTENDED", "TOOK_PART_IN"], path.Relationships.Select(r => r.Type));
        Assert.False(path.Truncated);
    }

    [Fact]
    public async Task With_sources_the_shared_source_is_a_shortest_connection_too()
    {
        var paths = await Queries().PathsAsync(Paths(Geci, new NodeReference("Country", "country-hr")) with { IncludeSources = true }, CancellationToken.None);

        Assert.Equal(
            [["official-faruk-geci", Meeting, "country-hr"], ["official-faruk-geci", TestGraph.SourceId, "country-hr"]],
            paths.Select(Ids).OrderBy(ids => ids[1], StringComparer.Ordinal));
    }

    [Fact]
    public async Task All_paths_up_to_a_length_include_longer_ones_shortest_first_and_no_source()
    {
        var paths = await Queries().PathsAsync(Paths(Geci, new NodeReference("Country", "country-hr")) with { All = true }, CancellationToken.None);

        Assert.True(paths.Count > 1);
        Assert.Equal(2, paths[0].Relationships.Count);
        Assert.All(paths, p => Assert.Equal(p.Nodes.Count, p.Nodes.Distinct().Count()));
        Assert.All(paths, p => Assert.DoesNotContain(p.Nodes, n => n.Labels.Contains("Source")));
        Assert.Equal(paths.Select(p => p.Relationships.Count).Order(), paths.Select(p => p.Relationships.Count));
    }

    [Fact]
    public async Task Neighborhood_leaves_sources_out_unless_asked()
    {
        var without = await Queries().NeighborhoodAsync(Request(Geci, 2), CancellationToken.None);
        var with = await Queries().NeighborhoodAsync(Request(Geci, 1) with { IncludeSources = true }, CancellationToken.None);

        Assert.DoesNotContain(TestGraph.SourceId, Ids(without));
        Assert.DoesNotContain(without.Relationships, r => r.Type == "SOURCED_FROM");
        Assert.Contains(TestGraph.SourceId, Ids(with));
        var sourcesOnly = await Queries().NeighborhoodAsync(Request(Geci, 1) with { RelationshipTypes = ["SOURCED_FROM"] }, CancellationToken.None);
        Assert.Equal(["official-faruk-geci", TestGraph.SourceId], Ids(sourcesOnly));
    }

    [Fact]
    public async Task Unconnected_or_unknown_ends_have_no_paths()
    {
        await using var database = EmbeddedGraphDatabase.CreateInMemory();
        await database.RunAsync("CREATE (:Topic {id: 'topic-x', name: 'X'}), (:Topic {id: 'topic-y', name: 'Y'})");
        var queries = new TraversalQueries(database);

        Assert.Empty(await queries.PathsAsync(Paths(new("Topic", "topic-x"), new("Topic", "topic-y")), CancellationToken.None));
        Assert.Empty(await queries.PathsAsync(Paths(new("Topic", "topic-x"), new("Topic", "nobody")) with { All = true }, CancellationToken.None));
    }

    private const string CroatianDirector = "position-director-defence-policy-armament-hr";

    private TraversalQueries Queries() => new(seeded.Database);

    private static NeighborhoodRequest Request(NodeReference start, int depth) => new(start, depth, null, 150, 5000);

    private static PathsRequest Paths(NodeReference from, NodeReference to) => new(from, to, 4, All: false, 50, 5000);

    private static List<string> Ids(TraversalGraph graph) => [.. graph.Nodes.Select(n => (string)n.Properties["id"]!)];
}
