using GraphExplorer.Core.Encounters;
using GraphExplorer.Core.Tests.SavedQueries;

namespace GraphExplorer.Core.Tests.Encounters;

/// <summary>
/// A participant given as text starts from the meetings of the matching entities, attendances and countries
/// instead of testing every meeting; on a generated dataset both ways must find exactly the same encounters.
/// </summary>
public sealed class EncounterCandidateTests(GeneratedDemoFixture demo) : IClassFixture<GeneratedDemoFixture>
{
    [Fact]
    public async Task Starting_from_candidates_finds_what_testing_every_meeting_finds()
    {
        var criteria = await CriteriaAsync();
        Assert.True(criteria.Count >= 15, string.Join(", ", criteria));
        var fast = new EncounterQueries(demo.Database);
        var scan = new EncounterQueries(demo.Database) { ScanEveryMeeting = true };
        var found = 0;
        foreach (var criterion in criteria)
        {
            foreach (var level in new[] { EncounterLevel.Official, EncounterLevel.Country })
            {
                var expected = Keys(await scan.FindAsync(new EncounterFilter(criterion, Level: level), CancellationToken.None));
                var actual = Keys(await fast.FindAsync(new EncounterFilter(criterion, Level: level), CancellationToken.None));
                Assert.True(expected.SequenceEqual(actual), $"'{criterion}' at level {level}: {actual.Count} found, {expected.Count} expected");
                found += expected.Count;
            }
        }

        Assert.True(found > 0);
    }

    [Theory]
    [InlineData("envoy", true)]
    [InlineData("FREEDONIA", true)]
    [InlineData("c-one", true)]
    [InlineData("ann", true)]
    [InlineData("ruritania", true)]
    [InlineData("zzz", false)]
    public async Task Each_way_a_participant_can_match_finds_its_meetings(string criterion, bool expectEncounters)
    {
        // Each attendance matches through one way only: a role, a delegation country that did not take part
        // itself, a delegation id, a name; a country that took part without a delegation.
        await using var database = Engine.EmbeddedGraphDatabase.CreateInMemory();
        await database.RunAsync("""
            CREATE (c1:Country {id: 'c-one', name: 'Freedonia'}), (:Country {id: 'c-two', name: 'Sylvania'}),
                   (c3:Country {id: 'c-three', name: 'Ruritania'}),
                   (m1:Meeting {id: 'm1', title: 'Talks', date: '2024-01-01'}),
                   (m2:Meeting {id: 'm2', title: 'Summit', date: '2024-02-01'}),
                   (a:Official {id: 'o-a', name: 'Ann'}), (b:Official {id: 'o-b', name: 'Bob'}),
                   (c:Official {id: 'o-c', name: 'Cid'}), (d:Official {id: 'o-d', name: 'Dee'}),
                   (e:Official {id: 'o-e', name: 'Eve'}), (f:Official {id: 'o-f', name: 'Fay'}),
                   (a)-[:ATTENDED {role: 'adviser', delegationOf: 'c-two'}]->(m1),
                   (b)-[:ATTENDED {role: 'special envoy', delegationOf: 'c-two'}]->(m2),
                   (c)-[:ATTENDED {role: 'adviser', delegationOf: 'c-three'}]->(m2),
                   (d)-[:ATTENDED {role: 'adviser', delegationOf: 'c-one'}]->(:Meeting {id: 'm3', title: 'Visit'}),
                   (e)-[:ATTENDED {role: 'adviser', delegationOf: 'c-two'}]->(:Meeting {id: 'm4', title: 'Forum'})<-[:ATTENDED {role: 'adviser', delegationOf: 'c-one'}]-(f),
                   (g:Official {id: 'o-g', name: 'Gus'})-[:ATTENDED {role: 'adviser', delegationOf: 'c-three'}]->(m1),
                   (c3)-[:TOOK_PART_IN]->(m2)
            """);
        var fast = new EncounterQueries(database);
        var scan = new EncounterQueries(database) { ScanEveryMeeting = true };
        var total = 0;
        foreach (var level in new[] { EncounterLevel.Official, EncounterLevel.Country })
        {
            var expected = Keys(await scan.FindAsync(new EncounterFilter(criterion, Level: level), CancellationToken.None));
            Assert.Equal(expected, Keys(await fast.FindAsync(new EncounterFilter(criterion, Level: level), CancellationToken.None)));
            total += expected.Count;
        }

        Assert.Equal(expectEncounters, total > 0);
    }

    /// <summary>Ids and name fragments of every kind the participant test knows, taken from the data itself.</summary>
    private async Task<List<string>> CriteriaAsync()
    {
        var result = await demo.Database.RunAsync("""
            CALL {
              MATCH (o:Official)-[:ATTENDED]->() RETURN DISTINCT o.id AS id, o.name AS text ORDER BY o.id LIMIT 2
              UNION
              MATCH (p:Position)<-[:HOLDS]-(:Official)-[:ATTENDED]->() RETURN DISTINCT p.id AS id, p.title AS text ORDER BY p.id LIMIT 2
              UNION
              MATCH (c:Country)-[:TOOK_PART_IN]->() RETURN DISTINCT c.id AS id, c.name AS text ORDER BY c.id LIMIT 2
              UNION
              MATCH ()-[a:ATTENDED]->() WHERE size(a.role) > 4 RETURN DISTINCT a.delegationOf AS id, a.role AS text ORDER BY a.role LIMIT 2
            }
            RETURN id, text
            """);
        var criteria = new List<string> { "no such participant" };
        foreach (var row in result.Rows)
        {
            criteria.Add((string)row[0]!);
            var text = (string)row[1]!;
            criteria.Add(text.ToUpperInvariant());
            criteria.Add(text[..Math.Min(4, text.Length)]);
        }

        return [.. criteria.Distinct()];
    }

    private static List<string> Keys(IReadOnlyList<Encounter> encounters) =>
        [.. encounters.Select(e => $"{e.Meeting.Id}|{e.Participant.Id}|{e.Counterpart.Id}|{e.Declaration?.Id}")];
}
