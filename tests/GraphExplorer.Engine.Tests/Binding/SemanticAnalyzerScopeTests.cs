using static GraphExplorer.Engine.Tests.Binding.AnalyzeHelpers;

namespace GraphExplorer.Engine.Tests.Binding;

/// <summary>Valid queries the analyzer must accept: scoping across clauses, subqueries and projections.</summary>
public sealed class SemanticAnalyzerScopeTests
{
    [Theory]
    [InlineData("MATCH (a)-[r]->(b) RETURN a, r, b")]
    [InlineData("MATCH (a) MATCH (a)-->(b) RETURN b")]
    [InlineData("MATCH ()-[r]->() MATCH ()-[r]->() RETURN r")]
    [InlineData("MATCH (a) CREATE (a)-[:R]->(b:B {x: a.x}) RETURN b")]
    [InlineData("CREATE (a)-[:R]->(a) RETURN a")]
    [InlineData("MATCH (a), (b) MERGE (a)-[r:R]-(b) ON CREATE SET r.new = true RETURN r")]
    [InlineData("UNWIND [1, 2] AS x WITH x * 2 AS y RETURN y")]
    [InlineData("MATCH (n) WITH n ORDER BY n.name RETURN n.name")]
    [InlineData("MATCH (n) WITH n.name AS name ORDER BY n.age RETURN name")]
    [InlineData("MATCH (n) RETURN n.name AS name ORDER BY n.age")]
    [InlineData("MATCH (n) RETURN DISTINCT n.name ORDER BY n.name")]
    [InlineData("MATCH (n) RETURN n.x AS x, count(*) AS c ORDER BY c DESC, x")]
    [InlineData("MATCH (me)--(you) WITH me.age AS age, count(you.age) AS cnt ORDER BY me.age + count(you.age) RETURN age")]
    [InlineData("MATCH (me)--(you) RETURN me.age, me.age + count(you.age)")]
    [InlineData("MATCH (a)<-[:FATHER]-(child) RETURN a.name, {foo: a.name = 'Andres', kids: collect(child.name)}")]
    [InlineData("MATCH (n) RETURN n, count(*) * 2 + size(collect(n.x))")]
    [InlineData("MATCH (a) WITH DISTINCT a.name2 AS name WHERE a.name2 = 'B' RETURN *")]
    [InlineData("MATCH (a)-[:KNOWS]->(b)-->(c) OPTIONAL MATCH (a)-[r:KNOWS]->(c) WITH c WHERE r IS NULL RETURN c.name")]
    [InlineData("WITH null AS a OPTIONAL MATCH p = (a)-[r]->() RETURN nodes(p)")]
    [InlineData("MATCH (n) WHERE (n)-->() AND NOT (n)<--() RETURN n")]
    [InlineData("MATCH (n) RETURN exists((n)-->()) AS e")]
    [InlineData("MATCH (n) RETURN [(n)-[:R]->(m) WHERE m.x > 1 | m.name] AS names")]
    [InlineData("MATCH (n) RETURN [x IN range(1, 3) WHERE x > n.min | x * n.k] AS l, all(y IN [1] WHERE y > 0) AS a, reduce(s = 0, z IN [1] | s + z) AS r")]
    [InlineData("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WHERE m.x = n.x } RETURN n")]
    [InlineData("MATCH (n) RETURN COUNT { (n)-->() } AS degree, COLLECT { MATCH (n)-->(m) RETURN m.name } AS names")]
    [InlineData("MATCH (n) CALL { WITH n MATCH (n)-->(m) RETURN m } RETURN n, m")]
    [InlineData("MATCH (n) CALL (n) { MATCH (n)-->(m) RETURN m } RETURN n, m")]
    [InlineData("MATCH (n) CALL (*) { MATCH (n)-->(m) RETURN m } RETURN n, m")]
    [InlineData("MATCH (n) CALL { WITH n SET n.x = 1 } RETURN n")]
    [InlineData("MATCH (n) FOREACH (x IN [1, 2] | CREATE (:A {v: x, of: n.id}))")]
    [InlineData("MATCH (n) RETURN n {.name, .*, k: n.x, n}")]
    [InlineData("CALL db.labels() YIELD label RETURN label")]
    [InlineData("CALL db.labels()")]
    [InlineData("CALL test.proc() YIELD *")]
    [InlineData("MATCH (n) DETACH DELETE n")]
    [InlineData("MATCH p = (a)-->(b) DELETE p")]
    [InlineData("MATCH (n) REMOVE n.x, n:A SET n:B, n += {y: 1}")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS a")]
    [InlineData("MATCH (n) RETURN n SKIP $s LIMIT 10")]
    [InlineData("MATCH () CREATE () WITH * CREATE ()")]
    [InlineData("RETURN date.truncate('month', date()) AS d, duration.between(date(), date()) AS b")]
    [InlineData("CREATE CONSTRAINT c FOR (n:A) REQUIRE n.id IS UNIQUE")]
    [InlineData("MATCH p = shortestPath((a:A)-[*]-(b:B)) RETURN length(p)")]
    [InlineData("WITH [1, 2] AS list UNWIND list AS x RETURN x, list")]
    [InlineData("MATCH (n) WITH n, [m IN [n] | m.x] AS xs RETURN n, xs")]
    public void Valid_queries_pass(string query)
    {
        Analyze(query);
    }
}
