using GraphExplorer.Engine.Execution.Operators;
using GraphExplorer.Engine.Parsing;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Planning;
using GraphExplorer.Engine.Tests.Execution;

namespace GraphExplorer.Engine.Tests.Counts;

/// <summary>Which statements the planner answers from the counts store, which it leaves alone, and that both give the same answers.</summary>
public sealed class CountStorePlanTests : EngineTestBase
{
    [Theory]
    [InlineData("MATCH (n:A) RETURN count(n)", "NodeCountFromCountStore")]
    [InlineData("MATCH (n:A) RETURN count(*) AS c", "NodeCountFromCountStore")]
    [InlineData("MATCH (n) RETURN count(n)", "NodeCountFromCountStore")]
    [InlineData("MATCH ()-[r:T]->() RETURN count(r)", "RelationshipCountFromCountStore")]
    [InlineData("MATCH ()-[r:T]-() RETURN count(r)", "RelationshipCountFromCountStore")]
    [InlineData("MATCH (n:A)-[r:T]->() RETURN count(r)", "RelationshipCountFromCountStore")]
    [InlineData("MATCH ()-[r:T]->(:A) RETURN count(*)", "RelationshipCountFromCountStore")]
    [InlineData("MATCH ()<-[:T]-(:A) RETURN count(*)", "RelationshipCountFromCountStore")]
    [InlineData("CALL { MATCH (n:A) RETURN count(n) AS c } RETURN c", "NodeCountFromCountStore")]
    [InlineData("MATCH (m:A {k: $k})<-[:T]-(o) RETURN count(o)", "GetDegree")]
    [InlineData("MATCH (m:A)-[:T]->(o) RETURN m.k, count(o)", "GetDegree")]
    public async Task Counts_the_store_answers_are_planned_from_it(string statement, string expectedOperator)
    {
        await RunAsync("CREATE CONSTRAINT a_k FOR (n:A) REQUIRE n.k IS UNIQUE");
        var plan = (await RunAsync("EXPLAIN " + statement, new { k = 1 })).Plan!;
        Assert.Contains(expectedOperator, plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Expand", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MATCH (n:A) WITH n RETURN count(n)")]
    [InlineData("MATCH (n:A) WHERE n.k > 0 RETURN count(n)")]
    [InlineData("MATCH (n:A {k: 1}) RETURN count(n)")]
    [InlineData("MATCH (n:A:B) RETURN count(n)")]
    [InlineData("MATCH (n:A) RETURN n.k, count(n)")]
    [InlineData("MATCH (n:A) RETURN count(DISTINCT n)")]
    [InlineData("MATCH (:A)-[r:T]->(:B) RETURN count(r)")]
    [InlineData("MATCH (a)-[r:T]->(a) RETURN count(r)")]
    [InlineData("MATCH ()-[r:T {w: 1}]->() RETURN count(r)")]
    [InlineData("MATCH p = ()-[:T]->() RETURN count(p)")]
    [InlineData("OPTIONAL MATCH (n:A) RETURN count(n)")]
    [InlineData("MATCH (a:A)-[:T]->(b)-[:T]->(c) RETURN count(*)")]
    [InlineData("MATCH (m:A)<-[:T]-(o:B) RETURN count(o)")]
    [InlineData("MATCH (m:A)<-[:T]-(o) RETURN o.k, count(o)")]
    [InlineData("MATCH (m:A)<-[:T]-(o) RETURN count(DISTINCT o)")]
    [InlineData("MATCH (m:A {k: 1})<-[:T]-(o) RETURN count(o) + 1")]
    public async Task Counts_with_other_semantics_keep_the_plain_plan(string statement)
    {
        var plan = (await RunAsync("EXPLAIN " + statement)).Plan!;
        Assert.DoesNotContain("CountStore", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("GetDegree", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MATCH (n) RETURN COUNT { (n)-[:T]->() }", true)]
    [InlineData("MATCH (n) RETURN COUNT { (n)<-[:T|U]-() }", true)]
    [InlineData("MATCH (n) RETURN size([(n)-[:T]-() | 1])", true)]
    [InlineData("MATCH (n) RETURN COUNT { ()-[:T]->(n) }", true)]
    [InlineData("MATCH (n) RETURN COUNT { (n)-[:T]->(:A) }", false)]
    [InlineData("MATCH (n) RETURN COUNT { (n)-[:T]->() WHERE true }", false)]
    [InlineData("MATCH (n) RETURN COUNT { (n)-[:T]->(n) }", false)]
    [InlineData("MATCH (n) RETURN COUNT { (n)-[:T]->()-[:T]->() }", false)]
    [InlineData("MATCH (n) RETURN COUNT { (n)-[:T {w: 1}]->() }", false)]
    public void Expression_patterns_over_one_bare_hop_are_counted_from_the_degree(string statement, bool fromDegree)
    {
        var query = (QueryStatement)CypherParser.Parse(statement).Body;
        var item = ((ReturnClause)query.Parts[0].Clauses[^1]).Body.Items[0].Expression;
        AstNode subquery = item is FunctionCallExpression { Arguments: [var comprehension] } ? comprehension : item;
        var planner = new QueryPlanner(Database.Store, new Engine.Execution.Procedures.ProcedureRegistry());
        var plan = planner.PlanSubquery(subquery, ["n"]);
        Assert.Equal(fromDegree, plan is IRowCounter);
    }

    [Fact]
    public async Task Counts_from_the_store_equal_the_plain_plans_answers_with_self_loops_and_label_changes()
    {
        await RunAsync(
            "CREATE (a:A {k: 1}), (b:B {k: 2}), (c:A:C {k: 3}), (d {k: 4}) "
            + "CREATE (a)-[:T]->(b), (a)-[:T]->(a), (b)-[:U]->(c), (c)-[:T]->(a), (d)-[:U]->(d), (c)-[:T]->(c), (b)-[:T]->(d)");
        await CountQueryPairs.AssertStoreAnswersEqualPlainAsync(s => RunAsync(s), "after create");

        // Undirected: each relationship from both ends, a self-loop once (Neo4j's semantics).
        Assert.Equal(8L, await ScalarAsync("MATCH ()-[r:T]-() RETURN count(r)"));
        Assert.Equal(5L, await ScalarAsync("MATCH (:A)-[r:T]-() RETURN count(r)"));

        await RunAsync("MATCH (n {k: 1}) REMOVE n:A SET n:C");
        await RunAsync("MATCH (n {k: 4}) SET n:A");
        await CountQueryPairs.AssertStoreAnswersEqualPlainAsync(s => RunAsync(s), "after label changes");
        await RunAsync("MATCH (n {k: 3}) DETACH DELETE n");
        await CountQueryPairs.AssertStoreAnswersEqualPlainAsync(s => RunAsync(s), "after a detach delete");
    }

    [Fact]
    public async Task A_seeked_node_counts_its_relationships_from_its_degree()
    {
        await RunAsync("CREATE CONSTRAINT m_id FOR (m:Meeting) REQUIRE m.id IS UNIQUE");
        await RunAsync("CREATE (m:Meeting {id: 'm1'}), (:Meeting {id: 'm2'}) WITH m UNWIND range(1, 5) AS i CREATE (:Official)-[:ATTENDED]->(m)");
        await RunAsync("MATCH (m:Meeting {id: 'm1'}) CREATE (m)-[:ATTENDED]->(m), (m)<-[:UNDER]-(:Topic)");
        const string Statement = "MATCH (m:Meeting {id: $id})<-[:ATTENDED]-(o) RETURN count(o)";
        var plan = (await RunAsync("EXPLAIN " + Statement, new { id = "m1" })).Plan!;
        Assert.Contains("IndexSeek", plan, StringComparison.Ordinal);
        Assert.Contains("GetDegree", plan, StringComparison.Ordinal);
        Assert.Equal(6L, await ScalarAsync(Statement, new { id = "m1" }));
        Assert.Equal(0L, await ScalarAsync(Statement, new { id = "m2" }));
        Assert.Equal(0L, await ScalarAsync(Statement, new { id = "none" }));
        Assert.Empty((await RunAsync("MATCH (m:Meeting {id: $id})<-[:ATTENDED]-(o) RETURN m.id, count(o)", new { id = "m2" })).Rows);
        Assert.Equal(6L, await ScalarAsync("MATCH (m:Meeting {id: 'm1'})-[:ATTENDED]-(o) RETURN count(o)"));
        Assert.Equal(6L, await ScalarAsync("MATCH (m:Meeting {id: 'm1'})-[:ATTENDED]-(o) WITH o RETURN count(o)"));
    }
}
