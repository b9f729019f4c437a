using GraphExplorer.Core.Encounters;
using GraphExplorer.Core.Tests.Support;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Core.Tests.Traversals;

/// <summary>Encounters at the levels of officials, positions and countries, and the time-aware rules (asOf/during).</summary>
public sealed class EncounterLevelTests
{
    private const string AlbanianDirector = "position-director-defence-policy-armament-al";
    private const string CroatianDirector = "position-director-defence-policy-armament-hr";

    [Fact]
    public async Task At_position_level_geci_stands_for_the_post_he_holds()
    {
        await using var database = await TestGraph.CreateSeededAsync();

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter("country-xk", Level: EncounterLevel.Position), CancellationToken.None);

        Assert.Equal([AlbanianDirector, CroatianDirector], encounters.Select(e => e.Counterpart.Id));
        Assert.All(encounters, e =>
        {
            Assert.Equal("position-director-defence-policy-xk", e.Participant.Id);
            Assert.Equal("Position", e.Participant.Kind);
            Assert.Equal("Director for Defence Policy of Kosovo", e.Participant.Name);
            Assert.True(e.Participant.HeadOfDelegation);
        });
    }

    [Fact]
    public async Task At_country_level_kosovo_met_albania_and_croatia_under_the_2025_declaration()
    {
        await using var database = await TestGraph.CreateSeededAsync();

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter("Kosovo", Level: EncounterLevel.Country), CancellationToken.None);

        Assert.Equal(["country-al", "country-hr"], encounters.Select(e => e.Counterpart.Id));
        Assert.All(encounters, e =>
        {
            Assert.Equal(new EncounterParty("country-xk", "Country", "Kosovo", "country-xk", "Kosovo", null, null), e.Participant);
            Assert.Equal("Country", e.Counterpart.Kind);
            Assert.Equal("declaration-2025-trilateral-defence", e.Declaration?.Id);
        });
    }

    [Fact]
    public async Task At_country_level_every_pair_of_the_three_countries_is_reported_both_ways()
    {
        await using var database = await TestGraph.CreateSeededAsync();

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter(Level: EncounterLevel.Country), CancellationToken.None);

        Assert.Equal(6, encounters.Count);
        Assert.Equal(6, encounters.Select(e => (e.Participant.Id, e.Counterpart.Id)).Distinct().Count());
    }

    [Fact]
    public async Task At_official_level_a_post_that_attended_stands_for_whoever_held_it_at_the_meetings_date()
    {
        await using var database = EmbeddedDatabase();
        await TenureDataset.AddAsync(database);

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter(TenureDataset.OfficialB1), CancellationToken.None);

        Assert.Equal(
            [
                ("meeting-t-2022", TenureDataset.OfficialA1), ("meeting-t-2023", TenureDataset.OfficialA1),
                ("meeting-t-2024", TenureDataset.OfficialA2),
                ("meeting-t-undated", TenureDataset.OfficialA1), ("meeting-t-undated", TenureDataset.OfficialA2),
            ],
            encounters.Select(e => (e.Meeting.Id, e.Counterpart.Id)));
        Assert.All(encounters, e => Assert.Equal("Boris Bordurić", e.Participant.Name));
    }

    [Fact]
    public async Task As_of_a_year_keeps_the_meetings_of_that_year_and_undated_ones_with_the_posts_held_then()
    {
        await using var database = EmbeddedDatabase();
        await TenureDataset.AddAsync(database);

        var encounters = await new EncounterQueries(database).FindAsync(
            new EncounterFilter(TenureDataset.OfficialB1, Window: PartialDate.Parse("2024", "asOf")), CancellationToken.None);

        Assert.Equal(
            [("meeting-t-2024", TenureDataset.OfficialA2), ("meeting-t-undated", TenureDataset.OfficialA2)],
            encounters.Select(e => (e.Meeting.Id, e.Counterpart.Id)));
    }

    [Fact]
    public async Task During_a_range_compares_partial_dates_as_intervals()
    {
        await using var database = EmbeddedDatabase();
        await TenureDataset.AddAsync(database);
        var during = DateInterval.Between(PartialDate.Parse("2022", "from"), PartialDate.Parse("2023-06", "to"));

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter(TenureDataset.OfficialB1, Window: during), CancellationToken.None);

        Assert.Equal(
            [("meeting-t-2022", TenureDataset.OfficialA1), ("meeting-t-2023", TenureDataset.OfficialA1), ("meeting-t-undated", TenureDataset.OfficialA1)],
            encounters.Select(e => (e.Meeting.Id, e.Counterpart.Id)));
    }

    [Fact]
    public async Task A_holder_can_be_asked_for_by_name_and_finds_the_meetings_of_their_tenure()
    {
        await using var database = EmbeddedDatabase();
        await TenureDataset.AddAsync(database);

        var encounters = await new EncounterQueries(database).FindAsync(new EncounterFilter("Ana Druga"), CancellationToken.None);

        Assert.Equal(["meeting-t-2024", "meeting-t-undated"], encounters.Select(e => e.Meeting.Id));
        Assert.All(encounters, e => Assert.Equal(TenureDataset.OfficialB1, e.Counterpart.Id));
    }

    [Fact]
    public async Task At_position_level_the_posts_meet_whatever_their_holders()
    {
        await using var database = EmbeddedDatabase();
        await TenureDataset.AddAsync(database);

        var encounters = await new EncounterQueries(database).FindAsync(
            new EncounterFilter(TenureDataset.PositionA, Level: EncounterLevel.Position), CancellationToken.None);

        Assert.Equal(4, encounters.Count);
        Assert.All(encounters, e => Assert.Equal(TenureDataset.PositionB, e.Counterpart.Id));
    }

    [Fact]
    public async Task A_participant_known_as_an_entity_is_answered_from_its_node_with_the_same_encounters()
    {
        await using var database = EmbeddedDatabase();
        await TenureDataset.AddAsync(database);
        var queries = new EncounterQueries(database);

        foreach (var (label, id) in new[] { ("Official", TenureDataset.OfficialA2), ("Official", TenureDataset.OfficialB1), ("Position", TenureDataset.PositionA) })
        {
            var scanned = await queries.FindAsync(new EncounterFilter(id), CancellationToken.None);
            var fromNode = await queries.FindAsync(new EncounterFilter(id, ParticipantNode: new NodeReference(label, id)), CancellationToken.None);

            Assert.NotEmpty(scanned);
            Assert.Equal(scanned, fromNode);
        }
    }

    private static Engine.EmbeddedGraphDatabase EmbeddedDatabase() => Engine.EmbeddedGraphDatabase.CreateInMemory();
}
