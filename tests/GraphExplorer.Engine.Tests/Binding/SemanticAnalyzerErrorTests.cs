using static GraphExplorer.Engine.Tests.Binding.AnalyzeHelpers;

namespace GraphExplorer.Engine.Tests.Binding;

/// <summary>Queries from the openCypher TCK's compile-time error scenarios, with the error name the TCK expects.</summary>
public sealed class SemanticAnalyzerErrorTests
{
    [Theory]
    [InlineData("MATCH () RETURN foo")]
    [InlineData("RETURN {k1: k2} AS literal")]
    [InlineData("MATCH (s) WHERE s.name = undefinedVariable AND s.age = 10 RETURN s")]
    [InlineData("MATCH (a:A), (b:B), (c:C) WITH a, b WITH a ORDER BY c RETURN a")]
    [InlineData("MATCH (a:A) WITH a, a.num + a.num2 AS sum WITH a.num2 % 3 AS mod, min(sum) AS min ORDER BY sum(sum) LIMIT 2 RETURN mod, min")]
    [InlineData("MATCH (me: Person)--(you: Person) WITH count(you.age) AS agg ORDER BY me.age + count(you.age) RETURN *")]
    [InlineData("CREATE (b {name: missing}) RETURN b")]
    [InlineData("MATCH (a) RETURN DISTINCT a.name ORDER BY a.age")]
    [InlineData("MATCH (a) DELETE x")]
    [InlineData("MERGE (n) ON CREATE SET x.num = 1")]
    [InlineData("MATCH (a) SET a.name = missing RETURN a")]
    [InlineData("MATCH (n) WHERE (a) RETURN n")]
    [InlineData("MATCH (n) WHERE (n)-[r]->(a) RETURN n")]
    [InlineData("MATCH (n) WHERE (n)-[r:REL*0..2]->(a {num: 5}) RETURN n")]
    [InlineData("CALL test.my.proc(1) RETURN out")]
    [InlineData("MATCH (n) CALL { RETURN n.x AS x } RETURN x")]
    [InlineData("MATCH (n) WITH n.x AS x RETURN n")]
    public void Undefined_variable(string query)
    {
        Assert.Equal("UndefinedVariable", CompileError(query).Detail);
    }

    [Theory]
    [InlineData("MATCH (p)-[]-() MATCH p = ()-[]-() RETURN p")]
    [InlineData("MATCH p = (p)-[]-() RETURN p")]
    [InlineData("MATCH p = ()-[p*]-() RETURN p")]
    [InlineData("WITH true AS p MATCH p = ()-[]-() RETURN p")]
    [InlineData("WITH 'Hi' AS label CALL test.labels() YIELD label RETURN *")]
    [InlineData("CALL test.my.proc(null) YIELD a, b AS a RETURN a")]
    [InlineData("MATCH (a) CREATE (a)")]
    [InlineData("MATCH (a) CREATE (a {name: 'foo'}) RETURN a")]
    [InlineData("CREATE (n:Foo)-[:T1]->(), (n:Bar)-[:T2]->()")]
    [InlineData("CREATE (n:Foo) CREATE (n {})-[:OWNS]->(:Dog)")]
    [InlineData("MATCH ()-[r]->() CREATE ()-[r]->()")]
    [InlineData("MATCH (a) MERGE (a)")]
    [InlineData("CREATE (a:Foo) MERGE (a)-[r:KNOWS]->(a:Bar)")]
    [InlineData("MATCH (a)-[r]->(b) MERGE (a)-[r]->(b)")]
    [InlineData("WITH 1 AS x UNWIND [1] AS x RETURN x")]
    [InlineData("WITH 1 AS x CALL { RETURN 2 AS x } RETURN x")]
    public void Variable_already_bound(string query)
    {
        Assert.Equal("VariableAlreadyBound", CompileError(query).Detail);
    }

    [Theory]
    [InlineData("MATCH ()-[r]-() MATCH (r) RETURN r")]
    [InlineData("MATCH r = ()-[]-() MATCH (r) RETURN r")]
    [InlineData("MATCH ()-[r]-(r) RETURN r")]
    [InlineData("MATCH ()-[r*]-()-[]-(r) RETURN r")]
    [InlineData("MATCH r = ()-[]-(), (r) RETURN r")]
    [InlineData("WITH true AS n MATCH (n) RETURN n")]
    [InlineData("WITH {x: []} AS n MATCH (n) RETURN n")]
    [InlineData("MATCH (r) MATCH ()-[r]-() RETURN r")]
    [InlineData("MATCH r = ()-[p*]-() MATCH ()-[r]-() RETURN r")]
    [InlineData("MATCH (r)-[r]-() RETURN r")]
    [InlineData("WITH 123 AS r MATCH ()-[r]-() RETURN r")]
    [InlineData("MATCH (n) WITH [n] AS users MATCH (users)-->(messages) RETURN messages")]
    public void Variable_type_conflict(string query)
    {
        Assert.Equal("VariableTypeConflict", CompileError(query).Detail);
    }

    [Theory]
    [InlineData("MATCH p = (a) RETURN labels(p) AS l")]
    [InlineData("MATCH (r) RETURN type(r)")]
    [InlineData("WITH 123 AS nonGraphElement RETURN nonGraphElement.num")]
    [InlineData("WITH [123, true] AS nonMap RETURN nonMap.num")]
    [InlineData("RETURN properties('Cypher')")]
    [InlineData("RETURN properties([true, false])")]
    [InlineData("RETURN none(x IN ['Clara'] WHERE x % 2 = 0) AS result")]
    [InlineData("RETURN all(x IN [false, true] WHERE x % 2 = 0) AS result")]
    [InlineData("MATCH (n) WHERE (n) RETURN n")]
    [InlineData("RETURN 123 AND true")]
    [InlineData("RETURN null OR 'foo'")]
    [InlineData("RETURN {x: []} XOR [123]")]
    [InlineData("RETURN NOT 0")]
    [InlineData("RETURN NOT {a: 12, b: true}")]
    [InlineData("RETURN 1 IN 'foo'")]
    [InlineData("MATCH p = (a)-[*]->(b) RETURN size(p)")]
    [InlineData("MATCH (n) RETURN length(n)")]
    [InlineData("MATCH ()-[r]->() RETURN length(r)")]
    [InlineData("MATCH (p:Person) RETURN p.name AS name SKIP 1.5")]
    [InlineData("MATCH (n) RETURN n LIMIT 1.7")]
    [InlineData("MATCH (n) MATCH r = (n)-[*]->() WHERE r.name = 'apa' RETURN r")]
    [InlineData("MATCH () DELETE 1 + 1")]
    public void Invalid_argument_type(string query)
    {
        Assert.Equal("InvalidArgumentType", CompileError(query).Detail);
    }

    [Theory]
    [InlineData("MATCH (n) RETURN [x IN [1, 2, 3, 4, 5] | count(*)]", "InvalidAggregation")]
    [InlineData("MATCH (n) WITH n.num1 AS foo ORDER BY count(1) RETURN foo AS foo", "InvalidAggregation")]
    [InlineData("MATCH (n) WITH n.num1 AS foo ORDER BY n.name, max(n.num2) RETURN foo AS foo", "InvalidAggregation")]
    [InlineData("MATCH (n) CALL test.labels(count(n)) YIELD label RETURN label", "InvalidAggregation")]
    [InlineData("MATCH (n) RETURN n.num1 ORDER BY max(n.num2)", "InvalidAggregation")]
    [InlineData("MATCH (a) WHERE count(a) > 10 RETURN a", "InvalidAggregation")]
    [InlineData("MATCH (n) SET n.c = count(*)", "InvalidAggregation")]
    [InlineData("RETURN count(count(*))", "NestedAggregation")]
    [InlineData("MATCH (me: Person)--(you: Person) WITH me.age + you.age AS ages, count(*) AS cnt ORDER BY me.age + you.age + count(*) RETURN *", "AmbiguousAggregationExpression")]
    [InlineData("MATCH (me: Person)--(you: Person) RETURN me.age + you.age, count(*) AS cnt ORDER BY me.age + you.age + count(*)", "AmbiguousAggregationExpression")]
    [InlineData("MATCH (me: Person)--(you: Person) WITH me.age + count(you.age) AS agg RETURN *", "AmbiguousAggregationExpression")]
    [InlineData("MATCH (me: Person)--(you: Person) RETURN me.age + count(you.age)", "AmbiguousAggregationExpression")]
    [InlineData("MATCH (me: Person)--(you: Person) RETURN me.age + you.age, me.age + you.age + count(*)", "AmbiguousAggregationExpression")]
    public void Aggregation_misuse(string query, string detail)
    {
        Assert.Equal(detail, CompileError(query).Detail);
    }

    [Theory]
    [InlineData("MATCH (n) RETURN n SKIP n.count", "NonConstantExpression")]
    [InlineData("MATCH (n) RETURN n LIMIT n.count", "NonConstantExpression")]
    [InlineData("RETURN count(rand())", "NonConstantExpression")]
    [InlineData("MATCH (p:Person) RETURN p.name AS name SKIP -1", "NegativeIntegerArgument")]
    [InlineData("MATCH (n) RETURN n LIMIT -1", "NegativeIntegerArgument")]
    public void Skip_and_limit(string query, string detail)
    {
        Assert.Equal(detail, CompileError(query).Detail);
    }

    [Theory]
    [InlineData("MATCH (a) RETURN foo(a)", "UnknownFunction")]
    [InlineData("RETURN toUpper()", "InvalidNumberOfArguments")]
    [InlineData("RETURN coalesce()", "InvalidNumberOfArguments")]
    [InlineData("RETURN substring('a', 1, 2, 3)", "InvalidNumberOfArguments")]
    public void Functions(string query, string detail)
    {
        Assert.Equal(detail, CompileError(query).Detail);
    }

    [Theory]
    [InlineData("CREATE ()-->()", "NoSingleRelationshipType")]
    [InlineData("CREATE ()-[:A|:B]->()", "NoSingleRelationshipType")]
    [InlineData("MATCH (a), (b) MERGE (a)-[NO_COLON]->(b)", "NoSingleRelationshipType")]
    [InlineData("CREATE (a)-[:FOO]-(b)", "RequiresDirectedRelationship")]
    [InlineData("CREATE (a)<-[:FOO]->(b)", "RequiresDirectedRelationship")]
    [InlineData("CREATE ()-[:FOO*2]->()", "CreatingVarLength")]
    [InlineData("MERGE (a) MERGE (b) MERGE (a)-[:FOO*2]->(b)", "CreatingVarLength")]
    [InlineData("MATCH (n $param) RETURN n", "InvalidParameterUse")]
    [InlineData("MATCH ()-[r:FOO $param]->() RETURN r", "InvalidParameterUse")]
    [InlineData("MERGE (n $param) RETURN n", "InvalidParameterUse")]
    [InlineData("MATCH (n) DELETE n:Person", "InvalidDelete")]
    [InlineData("MATCH ()-[r:T]-() DELETE r:T", "InvalidDelete")]
    [InlineData("MATCH (a)-[r]->()-[r]->(a) RETURN r", "RelationshipUniquenessViolation")]
    public void Updating_patterns(string query, string detail)
    {
        Assert.Equal(detail, CompileError(query).Detail);
    }

    [Theory]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS b", "DifferentColumnsInUnion")]
    [InlineData("RETURN 1 AS a UNION ALL RETURN 2 AS b", "DifferentColumnsInUnion")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a", "InvalidClauseComposition")]
    [InlineData("MATCH (n) WHERE exists { MATCH (n)-->(m) SET m.prop = 'fail' } RETURN n", "InvalidClauseComposition")]
    [InlineData("MATCH (n)", "InvalidClauseComposition")]
    [InlineData("MATCH (n) WITH n", "InvalidClauseComposition")]
    [InlineData("RETURN 1 AS a RETURN 2 AS b", "InvalidClauseComposition")]
    [InlineData("WITH 1 AS a, 2 AS a RETURN a", "ColumnNameConflict")]
    [InlineData("RETURN 1 AS a, 2 AS a", "ColumnNameConflict")]
    [InlineData("MATCH (a) WITH a, count(*) RETURN a", "NoExpressionAlias")]
    [InlineData("MATCH () RETURN *", "NoVariablesInScope")]
    [InlineData("CALL test.my.proc('Stefan', 1) YIELD * RETURN city, country_code", "UnexpectedSyntax")]
    [InlineData("MATCH (n) RETURN (n)-[]->()", "UnexpectedSyntax")]
    [InlineData("MATCH (n) WITH (n)-[]->() AS x RETURN x", "UnexpectedSyntax")]
    [InlineData("MATCH (n) SET n.prop = head(nodes(head((n)-[:REL]->()))).foo", "UnexpectedSyntax")]
    [InlineData("MATCH (a), (b), (c) RETURN size((a)-[:REL]->(b))", "UnexpectedSyntax")]
    public void Query_structure(string query, string detail)
    {
        Assert.Equal(detail, CompileError(query).Detail);
    }

    [Theory]
    [InlineData("MATCH (n) CALL (m) { RETURN 1 AS one } RETURN one", "UndefinedVariable")]
    [InlineData("MATCH (n), (m) CALL (n) { RETURN m.x AS x } RETURN x", "UndefinedVariable")]
    [InlineData("MATCH (n) RETURN COLLECT { MATCH (n)-->(m) RETURN m.a, m.b } AS pairs", "InvalidClauseComposition")]
    [InlineData("MATCH (n) RETURN COUNT { MATCH (n)-->(m) DELETE m } AS c", "InvalidClauseComposition")]
    [InlineData("FOREACH (x IN [1] | MATCH (n) CREATE (m))", "InvalidClauseComposition")]
    [InlineData("MATCH (n) RETURN n {.name, other}", "UndefinedVariable")]
    [InlineData("RETURN [x IN [1] | y]", "UndefinedVariable")]
    [InlineData("RETURN reduce(acc = 0, x IN [1] | acc + z)", "UndefinedVariable")]
    [InlineData("MATCH (n) RETURN [(n)-->(m) | q]", "UndefinedVariable")]
    public void Subqueries_and_local_scopes(string query, string detail)
    {
        Assert.Equal(detail, CompileError(query).Detail);
    }

    [Fact]
    public void Errors_point_at_the_offending_expression()
    {
        var error = CompileError("MATCH (n)\nRETURN n, missing");
        Assert.Equal(2, error.Position!.Value.Line);
        Assert.Equal(11, error.Position.Value.Column);
        Assert.Contains("Variable `missing` not defined", error.Message, StringComparison.Ordinal);
    }
}
