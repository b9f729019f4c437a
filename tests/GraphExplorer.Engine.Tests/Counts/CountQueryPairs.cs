using GraphExplorer.Graph;

namespace GraphExplorer.Engine.Tests.Counts;

/// <summary>
/// Pairs of statements with the same answer: the first is answered from the counts store, the second is a shape
/// the count rewrites leave alone (a <c>WITH</c> in between, a <c>WHERE true</c>, a projection that reads the far
/// node), so it expands and counts. Over labels A, B, C, relationship types T, U and a node key <c>k</c>.
/// </summary>
internal static class CountQueryPairs
{
    public static readonly (string Store, string Plain)[] All =
    [
        ("MATCH (n:A) RETURN count(n)", "MATCH (n:A) WITH n RETURN count(n)"),
        ("MATCH (n:C) RETURN count(*) AS c", "MATCH (n:C) WITH n RETURN count(*) AS c"),
        ("MATCH (n) RETURN count(n)", "MATCH (n) WITH n RETURN count(n)"),
        ("MATCH ()-[r:T]->() RETURN count(r)", "MATCH ()-[r:T]->() WITH r RETURN count(r)"),
        ("MATCH ()-[r]->() RETURN count(*)", "MATCH ()-[r]->() WITH r RETURN count(*)"),
        ("MATCH ()-[r:T]-() RETURN count(r)", "MATCH ()-[r:T]-() WITH r RETURN count(r)"),
        ("MATCH ()-[r:T|U]-() RETURN count(r)", "MATCH ()-[r:T|U]-() WITH r RETURN count(r)"),
        ("MATCH (n:A)-[r:T]->() RETURN count(r)", "MATCH (n:A)-[r:T]->() WITH r RETURN count(r)"),
        ("MATCH ()-[r:U]->(:B) RETURN count(*)", "MATCH ()-[r:U]->(:B) WITH r RETURN count(*)"),
        ("MATCH ()<-[r:T]-(:C) RETURN count(r)", "MATCH ()<-[r:T]-(:C) WITH r RETURN count(r)"),
        ("MATCH (:A)-[r:T|U]-() RETURN count(r)", "MATCH (:A)-[r:T|U]-() WITH r RETURN count(r)"),
        ("MATCH ()-[r]-(:B) RETURN count(*)", "MATCH ()-[r]-(:B) WITH r RETURN count(*)"),
        ("MATCH (:C)-[r]->() RETURN count(r) > 0 AS any", "MATCH (:C)-[r]->() WITH r RETURN count(r) > 0 AS any"),
        (
            "MATCH (n) RETURN n.k AS k, COUNT { (n)-[:T]->() } AS o, COUNT { (n)<-[:T]-() } AS i, size([(n)-[:U]-() | 1]) AS b, COUNT { (n)--() } AS a ORDER BY k",
            "MATCH (n) RETURN n.k AS k, COUNT { (n)-[:T]->() WHERE true } AS o, COUNT { (n)<-[:T]-() WHERE true } AS i, size([(n)-[:U]-(x) | x.k]) AS b, COUNT { (n)--() WHERE true } AS a ORDER BY k"
        ),
        (
            "MATCH (m:A)<-[:T]-(o) RETURN m.k AS k, count(o) AS c ORDER BY k",
            "MATCH (m:A)<-[:T]-(o) WITH m, o RETURN m.k AS k, count(o) AS c ORDER BY k"
        ),
        (
            "MATCH (m:B)-[r:U|T]-(o) RETURN count(r) AS c",
            "MATCH (m:B)-[r:U|T]-(o) WITH r RETURN count(r) AS c"
        ),
    ];

    /// <summary>Runs every pair and fails on the first pair whose answers differ.</summary>
    public static async Task AssertStoreAnswersEqualPlainAsync(Func<string, Task<QueryResult>> run, string when)
    {
        foreach (var (store, plain) in All)
        {
            var fromStore = (await run(store)).Rows;
            var expanded = (await run(plain)).Rows;
            Assert.True(
                Same(fromStore, expanded),
                $"{when}: '{store}' gave {Show(fromStore)}, the plain plan {Show(expanded)}");
        }
    }

    private static bool Same(IReadOnlyList<IReadOnlyList<object?>> a, IReadOnlyList<IReadOnlyList<object?>> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.SequenceEqual(p.Second));

    private static string Show(IReadOnlyList<IReadOnlyList<object?>> rows) =>
        string.Join("; ", rows.Take(20).Select(r => string.Join(", ", r)));
}
