using GraphExplorer.Core.Tests.Support;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Tests.Seed;

/// <summary>The seed holds only what the article says, and says where each piece comes from.</summary>
public sealed class SeedProvenanceTests(SeededGraphFixture fixture) : IClassFixture<SeededGraphFixture>
{
    private const string Meeting = "meeting-trilateral-directors-defence-policy-armament";

    /// <summary>Every node of the seed, as documented in docs/data-model.md.</summary>
    private static readonly string[] DocumentedIds =
    [
        "country-al", "country-hr", "country-xk",
        "declaration-2025-trilateral-defence",
        Meeting,
        "ministry-defence-al", "ministry-defence-hr", "ministry-defence-xk",
        "official-faruk-geci",
        "position-director-defence-policy-armament-al", "position-director-defence-policy-armament-hr",
        "position-director-defence-policy-xk",
        "position-minister-defence-al", "position-minister-defence-hr", "position-minister-defence-xk",
        TestGraph.SourceId,
        "topic-declaration-implementation-next-steps", "topic-defence-capabilities-and-industry",
        "topic-defence-industries-cooperation", "topic-deepening-defence-capabilities-cooperation",
        "topic-euro-atlantic-integration-support", "topic-hybrid-threats-and-resilience",
        "topic-interoperability-education-training-exercises",
    ];

    private static readonly string[] ModelLabels = ["Country", "Declaration", "Meeting", "Ministry", "Official", "Position", "Source", "Topic"];

    private GraphSnapshot Graph => fixture.Snapshot;

    [Fact]
    public void Every_node_has_one_model_label_and_a_documented_id()
    {
        Assert.All(Graph.Nodes, node => Assert.Contains(Assert.Single(node.Labels), ModelLabels));
        Assert.Equal(DocumentedIds.Order(StringComparer.Ordinal), Graph.Nodes.Select(n => GraphSnapshot.IdOf(n)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_node_but_the_source_is_sourced_from_the_article()
    {
        var sourced = Graph.Edges("SOURCED_FROM").Where(e => e.To == TestGraph.SourceId).Select(e => e.From).ToHashSet(StringComparer.Ordinal);

        Assert.All(
            Graph.Nodes.Where(n => !n.Labels.Contains("Source")),
            node => Assert.Contains(GraphSnapshot.IdOf(node)!, sourced));
        Assert.Equal(22, Graph.Edges("SOURCED_FROM").Count);
    }

    [Fact]
    public void Every_relationship_lists_the_article_in_its_sources()
    {
        var sourceIds = Graph.NodesLabelled("Source").Select(GraphSnapshot.IdOf).ToHashSet(StringComparer.Ordinal);

        Assert.All(Graph.Relationships, relationship =>
        {
            var sources = Assert.IsAssignableFrom<IReadOnlyList<object?>>(relationship.Properties["sources"]);
            Assert.Equal([TestGraph.SourceId], sources);
            Assert.All(sources, id => Assert.Contains((string)id!, sourceIds));
        });
    }

    [Fact]
    public void The_article_is_a_German_source_with_its_headline_and_no_invented_address_or_dates()
    {
        var source = Graph.Node(TestGraph.SourceId);

        Assert.Equal("Kosovo, Albanien und Kroatien sprechen über eine Zusammenarbeit im Bereich der Verteidigung", source.Properties["title"]);
        Assert.Equal("DE Balkani", source.Properties["publisher"]);
        Assert.Equal("de", source.Properties["language"]);
        AssertAbsent(source, "url", "publishedOn", "retrievedAt");
    }

    [Fact]
    public void The_meeting_has_no_date_and_no_location()
    {
        AssertAbsent(Graph.Node(Meeting), "date", "location");
        Assert.DoesNotContain("20", Meeting, StringComparison.Ordinal);
    }

    [Fact]
    public void No_minister_and_no_foreign_director_is_named()
    {
        Assert.Equal(["official-faruk-geci"], Graph.NodesLabelled("Official").Select(GraphSnapshot.IdOf));
        Assert.Equal(["official-faruk-geci"], Graph.Edges("HOLDS").Select(e => e.From));
        Assert.All(Graph.NodesLabelled("Position"), position => Assert.Equal(["id", "title"], position.Properties.Keys.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Faruk_Geci_holds_his_post_without_invented_dates_or_aliases()
    {
        AssertAbsent(Graph.Edge("official-faruk-geci", "HOLDS", "position-director-defence-policy-xk"), "since", "until");
        AssertAbsent(Graph.Node("official-faruk-geci"), "aliases");
    }

    [Fact]
    public void The_foreign_directors_attendance_does_not_claim_who_led_their_delegations()
    {
        AssertAbsent(Graph.Edge("position-director-defence-policy-armament-al", "ATTENDED", Meeting), "headOfDelegation");
        AssertAbsent(Graph.Edge("position-director-defence-policy-armament-hr", "ATTENDED", Meeting), "headOfDelegation");
    }

    [Fact]
    public void Partial_dates_are_only_the_year_the_article_gives()
    {
        var dates = Graph.Nodes.SelectMany(n => n.Properties).Concat(Graph.Relationships.SelectMany(r => r.Properties))
            .Where(p => p.Key is "date" or "signedOn" or "since" or "until" or "publishedOn" or "retrievedAt")
            .Select(p => p.Value)
            .Distinct();

        Assert.Equal(["2025"], dates);
    }

    private static void AssertAbsent(GraphNode node, params string[] keys) =>
        Assert.All(keys, key => Assert.False(node.Properties.ContainsKey(key), $"{GraphSnapshot.IdOf(node)} has '{key}'."));

    private static void AssertAbsent(GraphRelationship relationship, params string[] keys) =>
        Assert.All(keys, key => Assert.False(relationship.Properties.ContainsKey(key), $"{relationship.Type} has '{key}'."));
}
