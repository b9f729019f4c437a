using GraphExplorer.Graph;

namespace GraphExplorer.Core.Tests.Traversals;

/// <summary>
/// A small graph of two countries' ministers with dated tenures and meetings, for the time-aware encounter rules:
/// A's post was held by A1 from 2020 to 2023-06 and by A2 from 2023-07; B's post by B1 with no known dates.
/// Both posts attended meetings dated 2022-05-10, 2023-06 and 2024, and one with no date.
/// </summary>
internal static class TenureDataset
{
    public const string OfficialA1 = "official-t-a1";
    public const string OfficialA2 = "official-t-a2";
    public const string OfficialB1 = "official-t-b1";
    public const string PositionA = "position-t-a";
    public const string PositionB = "position-t-b";

    /// <summary>Adds the dataset to <paramref name="database"/>.</summary>
    public static async Task AddAsync(IGraphDatabase database)
    {
        await database.RunAsync(
            """
            CREATE (ca:Country {id: 'country-t-a', name: 'Atlantis'}), (cb:Country {id: 'country-t-b', name: 'Borduria'})
            CREATE (pa:Position {id: 'position-t-a', title: 'Minister of Atlantis'}), (pb:Position {id: 'position-t-b', title: 'Minister of Borduria'})
            CREATE (a1:Official {id: 'official-t-a1', name: 'Ana Prva'}), (a2:Official {id: 'official-t-a2', name: 'Ana Druga'}), (b1:Official {id: 'official-t-b1', name: 'Boris Bordurić'})
            CREATE (a1)-[:HOLDS {since: '2020', until: '2023-06'}]->(pa), (a2)-[:HOLDS {since: '2023-07'}]->(pa), (b1)-[:HOLDS]->(pb)
            WITH pa, pb
            UNWIND [['meeting-t-2022', '2022-05-10'], ['meeting-t-2023', '2023-06'], ['meeting-t-2024', '2024'], ['meeting-t-undated', null]] AS meeting
            CREATE (m:Meeting {id: meeting[0], title: 'Test meeting ' + meeting[0]})
            SET m.date = meeting[1]
            CREATE (pa)-[:ATTENDED {delegationOf: 'country-t-a'}]->(m), (pb)-[:ATTENDED {delegationOf: 'country-t-b'}]->(m)
            """);
    }
}
