using GraphExplorer.Core.Encounters;
using GraphExplorer.Core.Tests.Support;

namespace GraphExplorer.Core.Tests.Encounters;

public sealed class EncounterQueriesTests
{
    private const string Meeting = "meeting-trilateral-directors-defence-policy-armament";
    private const string Declaration = "declaration-2025-trilateral-defence";
    private const string AlbanianDirector = "position-director-defence-policy-armament-al";
    private const string CroatianDirector = "position-director-defence-policy-armament-hr";

    [Fact]
    public async Task Faruk_Gecis_Kosovo_delegation_met_the_Albanian_and_Croatian_directors_under_the_2025_declaration()
    {
        await using var database = await TestGraph.CreateSeededAsync();

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter(Participant: "official-faruk-geci"), CancellationToken.None);

        Assert.Equal([AlbanianDirector, CroatianDirector], encounters.Select(e => e.Counterpart.Id));
        var geci = new EncounterParty("official-faruk-geci", "Official", "Faruk Geci", "country-xk", "Kosovo", "Director for Defence Policy", true);
        Assert.All(encounters, e => Assert.Equal(geci, e.Participant));
        Assert.Equal(
            new EncounterParty(AlbanianDirector, "Position", "Director for Defence Policy and Armament of Albania", "country-al", "Albania", "Director for Defence Policy and Armament", null),
            encounters[0].Counterpart);
        Assert.Equal(
            new EncounterParty(CroatianDirector, "Position", "Director for Defence Policy and Armament of Croatia", "country-hr", "Croatia", "Director for Defence Policy and Armament", null),
            encounters[1].Counterpart);
        Assert.All(encounters, e =>
        {
            Assert.Equal(Meeting, e.Meeting.Id);
            Assert.Null(e.Meeting.Date);
            Assert.Null(e.Meeting.Location);
            Assert.Equal("directors for defence policy and armament", e.Meeting.Level);
            var declaration = Assert.IsType<DeclarationInfo>(e.Declaration);
            Assert.Equal(Declaration, declaration.Id);
            Assert.Equal("2025", declaration.SignedOn);
            Assert.Equal("joint declaration", declaration.Kind);
        });
    }

    [Fact]
    public async Task Without_a_filter_every_pair_of_delegations_is_reported_both_ways()
    {
        await using var database = await TestGraph.CreateSeededAsync();

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter(), CancellationToken.None);

        Assert.Equal(
            [
                ("country-al", "country-hr"), ("country-al", "country-xk"),
                ("country-hr", "country-al"), ("country-hr", "country-xk"),
                ("country-xk", "country-al"), ("country-xk", "country-hr"),
            ],
            encounters.Select(e => (e.Participant.CountryId, e.Counterpart.CountryId)));
    }

    [Theory]
    [InlineData("faruk")]
    [InlineData("GECI")]
    [InlineData("Kosovo")]
    [InlineData("country-xk")]
    public async Task Participant_filter_takes_an_id_or_a_case_insensitive_fragment(string participant)
    {
        await using var database = await TestGraph.CreateSeededAsync();

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter(Participant: participant), CancellationToken.None);

        Assert.Equal(2, encounters.Count);
        Assert.All(encounters, e => Assert.Equal("official-faruk-geci", e.Participant.Id));
    }

    [Theory]
    [InlineData("croatia")]
    [InlineData(CroatianDirector)]
    [InlineData("country-hr")]
    public async Task Counterpart_filter_narrows_to_the_one_met(string counterpart)
    {
        await using var database = await TestGraph.CreateSeededAsync();

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter("Faruk Geci", counterpart), CancellationToken.None);

        var encounter = Assert.Single(encounters);
        Assert.Equal(CroatianDirector, encounter.Counterpart.Id);
    }

    [Theory]
    [InlineData(Declaration)]
    [InlineData("TRILATERAL joint declaration")]
    public async Task Declaration_filter_takes_an_id_or_a_title_fragment(string declaration)
    {
        await using var database = await TestGraph.CreateSeededAsync();

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter(Declaration: declaration), CancellationToken.None);

        Assert.Equal(6, encounters.Count);
        Assert.All(encounters, e => Assert.Equal(Declaration, e.Declaration?.Id));
    }

    [Theory]
    [InlineData("nobody", null, null)]
    [InlineData(null, "nobody", null)]
    [InlineData(null, null, "declaration-none")]
    [InlineData("' OR true //", null, null)]
    public async Task Filters_that_match_nothing_find_nothing(string? participant, string? counterpart, string? declaration)
    {
        await using var database = await TestGraph.CreateSeededAsync();

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter(participant, counterpart, declaration), CancellationToken.None);

        Assert.Empty(encounters);
    }

    [Fact]
    public async Task One_parameterised_round_trip_answers_a_query()
    {
        await using var database = await TestGraph.CreateSeededAsync();
        var recording = new RecordingGraphDatabase(database);

        await new EncounterQueries(recording).FindAsync(new EncounterFilter("Faruk", "Albania", "trilateral"), CancellationToken.None);

        var (cypher, parameters) = Assert.Single(recording.Statements);
        Assert.DoesNotContain("Faruk", cypher, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Albania", cypher, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Faruk", parameters!["participant"]);
        Assert.Equal("faruk", parameters["participantText"]);
    }

    [Fact]
    public async Task Members_of_one_delegation_do_not_meet_each_other()
    {
        await using var database = await TestGraph.CreateSeededAsync();
        await database.RunAsync(
            """
            MATCH (m:Meeting {id: $meeting})
            MERGE (o:Official {id: 'official-test-colleague'}) ON CREATE SET o.name = 'Test Colleague'
            MERGE (o)-[:ATTENDED {delegationOf: 'country-xk', sources: []}]->(m)
            """,
            new Dictionary<string, object?> { ["meeting"] = Meeting });

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter(Participant: "official-test-colleague"), CancellationToken.None);

        Assert.Equal([AlbanianDirector, CroatianDirector], encounters.Select(e => e.Counterpart.Id));
        Assert.All(encounters, e => Assert.Null(e.Participant.HeadOfDelegation));
    }

    [Fact]
    public async Task A_meeting_under_no_declaration_is_reported_without_one_and_dropped_by_a_declaration_filter()
    {
        await using var database = await TestGraph.CreateSeededAsync();
        await database.RunAsync(
            """
            MERGE (m:Meeting {id: 'meeting-test-informal'}) ON CREATE SET m.title = 'Informal test meeting'
            MERGE (a:Official {id: 'official-test-a'}) ON CREATE SET a.name = 'Test A'
            MERGE (b:Official {id: 'official-test-b'}) ON CREATE SET b.name = 'Test B'
            MERGE (a)-[:ATTENDED {delegationOf: 'country-al'}]->(m)
            MERGE (b)-[:ATTENDED {delegationOf: 'country-hr'}]->(m)
            """);
        var queries = new EncounterQueries(database);

        var informal = await queries.FindAsync(new EncounterFilter(Participant: "official-test-a"), CancellationToken.None);
        var underDeclaration = await queries.FindAsync(new EncounterFilter("official-test-a", Declaration: "trilateral"), CancellationToken.None);

        var encounter = Assert.Single(informal);
        Assert.Equal("official-test-b", encounter.Counterpart.Id);
        Assert.Equal(new MeetingInfo("meeting-test-informal", "Informal test meeting", null, null, null, null), encounter.Meeting);
        Assert.Null(encounter.Declaration);
        Assert.Empty(underDeclaration);
    }
}
