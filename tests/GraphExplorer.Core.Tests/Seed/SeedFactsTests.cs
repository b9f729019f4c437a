using GraphExplorer.Core.Tests.Support;

namespace GraphExplorer.Core.Tests.Seed;

/// <summary>Each fact of <c>../shared/seed/FACTS.md</c> is in the seeded graph.</summary>
public sealed class SeedFactsTests(SeededGraphFixture fixture) : IClassFixture<SeededGraphFixture>
{
    private const string Meeting = "meeting-trilateral-directors-defence-policy-armament";
    private const string Declaration = "declaration-2025-trilateral-defence";
    private static readonly string[] Countries = ["country-al", "country-hr", "country-xk"];

    private GraphSnapshot Graph => fixture.Snapshot;

    [Fact]
    public void F1_Kosovos_ministry_of_defence_announced_the_trilateral_meeting()
    {
        var ministry = Graph.Node("ministry-defence-xk");
        Assert.Equal("Ministry of Defence of Kosovo", ministry.Properties["name"]);
        Assert.Equal(["country-xk"], Graph.Targets("ministry-defence-xk", "MINISTRY_OF"));
        Assert.Equal(["ministry-defence-xk"], Graph.Origins("ANNOUNCED", Meeting));
        var meeting = Graph.Node(Meeting);
        Assert.Contains("Trilateral meeting", (string)meeting.Properties["title"]!, StringComparison.Ordinal);
        Assert.Contains("Announced by the Ministry of Defence of Kosovo", (string)meeting.Properties["summary"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void F2_the_meeting_was_at_the_level_of_the_directors_for_defence_policy_and_armament_of_the_three_countries()
    {
        var meeting = Graph.Node(Meeting);
        Assert.Equal("directors for defence policy and armament", meeting.Properties["level"]);
        Assert.Equal(Countries, Graph.Origins("TOOK_PART_IN", Meeting));
        Assert.Equal(
            ["official-faruk-geci", "position-director-defence-policy-armament-al", "position-director-defence-policy-armament-hr"],
            Graph.Origins("ATTENDED", Meeting));
        Assert.Equal(
            Countries,
            Graph.Edges("ATTENDED").Select(e => (string)e.Relationship.Properties["delegationOf"]!).Order(StringComparer.Ordinal));
        Assert.Equal(["ministry-defence-al"], Graph.Targets("position-director-defence-policy-armament-al", "IN"));
        Assert.Equal(["ministry-defence-hr"], Graph.Targets("position-director-defence-policy-armament-hr", "IN"));
        Assert.Equal("Director for Defence Policy and Armament of Albania", Graph.Node("position-director-defence-policy-armament-al").Properties["title"]);
        Assert.Equal("Director for Defence Policy and Armament of Croatia", Graph.Node("position-director-defence-policy-armament-hr").Properties["title"]);
    }

    [Fact]
    public void F3_the_meeting_was_held_under_the_joint_declaration_the_three_defence_ministers_signed_in_2025()
    {
        var declaration = Graph.Node(Declaration);
        Assert.Equal("2025", declaration.Properties["signedOn"]);
        Assert.Equal("joint declaration", declaration.Properties["kind"]);
        Assert.Contains("Trilateral joint declaration", (string)declaration.Properties["title"]!, StringComparison.Ordinal);
        Assert.Equal([Declaration], Graph.Targets(Meeting, "UNDER"));
        Assert.Equal(Countries, Graph.Origins("PARTY_TO", Declaration));
        Assert.Equal(
            ["position-minister-defence-al", "position-minister-defence-hr", "position-minister-defence-xk"],
            Graph.Origins("SIGNED", Declaration));
        foreach (var code in new[] { "xk", "al", "hr" })
        {
            var signature = Graph.Edge($"position-minister-defence-{code}", "SIGNED", Declaration);
            Assert.Equal($"country-{code}", signature.Properties["onBehalfOf"]);
            Assert.Equal("2025", signature.Properties["date"]);
            Assert.Equal([$"ministry-defence-{code}"], Graph.Targets($"position-minister-defence-{code}", "IN"));
            Assert.Equal([$"country-{code}"], Graph.Targets($"ministry-defence-{code}", "MINISTRY_OF"));
            Assert.StartsWith("Minister of Defence of ", (string)Graph.Node($"position-minister-defence-{code}").Properties["title"]!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void F4_the_meeting_is_a_step_in_implementing_the_agreed_areas_of_cooperation()
    {
        var summary = (string)Graph.Node(Meeting).Properties["summary"]!;

        Assert.Contains("one of the steps in implementing the areas of cooperation agreed by the parties", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void F5_Faruk_Geci_Director_for_Defence_Policy_led_the_Kosovo_delegation()
    {
        Assert.Equal("Faruk Geci", Graph.Node("official-faruk-geci").Properties["name"]);
        Assert.Equal(["position-director-defence-policy-xk"], Graph.Targets("official-faruk-geci", "HOLDS"));
        Assert.Equal("Director for Defence Policy of Kosovo", Graph.Node("position-director-defence-policy-xk").Properties["title"]);
        Assert.Equal(["ministry-defence-xk"], Graph.Targets("position-director-defence-policy-xk", "IN"));
        var attendance = Graph.Edge("official-faruk-geci", "ATTENDED", Meeting);
        Assert.Equal(true, attendance.Properties["headOfDelegation"]);
        Assert.Equal("country-xk", attendance.Properties["delegationOf"]);
        Assert.Equal("Director for Defence Policy", attendance.Properties["role"]);
    }

    [Fact]
    public void F6_the_meeting_discussed_capabilities_industry_cooperation_and_next_steps()
    {
        var topics = Graph.Targets(Meeting, "DISCUSSED").Select(id => Graph.Node(id).Properties["name"]).Order();

        Assert.Equal(
            [
                "Cooperation between the defence industries of the signatory countries",
                "Deepening cooperation on defence capabilities",
                "Further steps to implement the declaration",
            ],
            topics);
    }

    [Fact]
    public void F7_the_declaration_covers_four_central_areas()
    {
        var areas = Graph.Targets(Declaration, "COVERS").Select(id => Graph.Node(id).Properties["name"]).Order();

        Assert.Equal(
            [
                "Continuous and comprehensive support for Euro-Atlantic integration",
                "Cooperation on defence capabilities and the defence industry",
                "Countering hybrid threats and strengthening resilience",
                "Interoperability through education, training and joint exercises",
            ],
            areas);
    }

    [Fact]
    public void F8_the_declaration_aims_at_security_and_stability_in_Southeast_Europe()
    {
        var summary = (string)Graph.Node(Declaration).Properties["summary"]!;

        Assert.Contains("security and defence-policy cooperation between Croatia, Albania and Kosovo", summary, StringComparison.Ordinal);
        Assert.Contains("increasing security and stability in Southeast Europe", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void F9_the_declaration_stresses_coordinated_efforts_against_hybrid_threats_and_other_risks()
    {
        var summary = (string)Graph.Node(Declaration).Properties["summary"]!;

        Assert.Contains("coordinated efforts against new security challenges, hybrid threats and other risks to regional and international stability", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_three_countries_have_their_codes_and_the_articles_names_as_aliases()
    {
        Assert.Equal(("Kosovo", "XK"), ((string)Graph.Node("country-xk").Properties["name"]!, (string)Graph.Node("country-xk").Properties["isoCode"]!));
        Assert.Equal(("Albania", "AL"), ((string)Graph.Node("country-al").Properties["name"]!, (string)Graph.Node("country-al").Properties["isoCode"]!));
        Assert.Equal(("Croatia", "HR"), ((string)Graph.Node("country-hr").Properties["name"]!, (string)Graph.Node("country-hr").Properties["isoCode"]!));
        Assert.Equal(["Albanien"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(Graph.Node("country-al").Properties["aliases"]));
        Assert.Equal(["Kroatien"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(Graph.Node("country-hr").Properties["aliases"]));
        Assert.DoesNotContain("Kosova", Assert.IsAssignableFrom<IReadOnlyList<object?>>(Graph.Node("country-xk").Properties["aliases"]));
    }
}
