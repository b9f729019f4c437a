using GraphExplorer.Engine.Parsing;
using GraphExplorer.Engine.Parsing.Ast;
using static GraphExplorer.Engine.Tests.Parsing.ParseHelpers;

namespace GraphExplorer.Engine.Tests.Parsing;

public sealed class CypherParserClauseTests
{
    [Fact]
    public void Match_where_return_parse_into_three_clauses()
    {
        var clauses = Clauses("MATCH (n:Person) WHERE n.age > 30 RETURN n.name");
        var match = Assert.IsType<MatchClause>(clauses[0]);
        Assert.False(match.Optional);
        Assert.IsType<BinaryExpression>(match.Where);
        Assert.IsType<ReturnClause>(clauses[1]);
    }

    [Fact]
    public void Optional_match_is_marked_optional()
    {
        Assert.True(Clause<MatchClause>("OPTIONAL MATCH (n) RETURN n").Optional);
    }

    [Fact]
    public void Keywords_are_case_insensitive()
    {
        var clauses = Clauses("match (n) where n.x = 1 return distinct n order by n.x desc skip 1 limit 2");
        var body = Assert.IsType<ReturnClause>(clauses[1]).Body;
        Assert.True(body.Distinct);
        Assert.True(body.OrderBy[0].Descending);
        Assert.Equal(1L, Assert.IsType<LiteralExpression>(body.Skip).Value);
        Assert.Equal(2L, Assert.IsType<LiteralExpression>(body.Limit).Value);
    }

    [Theory]
    [InlineData("RETURN n.name", "n.name")]
    [InlineData("RETURN count( * )", "count( * )")]
    [InlineData("RETURN   a  +  b  ", "a  +  b")]
    [InlineData("RETURN [1, 2][0] , 3", "[1, 2][0]")]
    public void Unaliased_columns_are_named_by_their_source_text(string text, string expected)
    {
        var item = Clause<ReturnClause>(text).Body.Items[0];
        Assert.Null(item.Alias);
        Assert.Equal(expected, item.Name);
    }

    [Fact]
    public void Aliases_name_columns()
    {
        var item = Clause<ReturnClause>("RETURN n.name AS `full name`").Body.Items[0];
        Assert.Equal("full name", item.Name);
        Assert.Equal("n.name", item.Text);
    }

    [Fact]
    public void Return_star_with_more_items()
    {
        var body = Clause<ReturnClause>("RETURN *, 1 AS one").Body;
        Assert.True(body.IncludeExisting);
        Assert.Single(body.Items);
    }

    [Fact]
    public void With_where_keeps_its_predicate()
    {
        var with = Clause<WithClause>("MATCH (n) WITH n, count(*) AS c WHERE c > 1 RETURN n", 1);
        Assert.Equal(2, with.Body.Items.Count);
        Assert.NotNull(with.Where);
    }

    [Fact]
    public void Merge_collects_on_create_and_on_match_items()
    {
        var merge = Clause<MergeClause>("MERGE (n:A {id: 1}) ON CREATE SET n.created = 1, n.x = 2 ON MATCH SET n.seen = true ON CREATE SET n:New");
        Assert.Equal(3, merge.OnCreate.Count);
        Assert.Single(merge.OnMatch);
        Assert.IsType<SetLabelsItem>(merge.OnCreate[2]);
    }

    [Fact]
    public void Set_items_of_every_kind()
    {
        var set = Clause<SetClause>("MATCH (n) SET n.a = 1, n = {b: 2}, n += $map, n:A:B", 1);
        Assert.IsType<SetPropertyItem>(set.Items[0]);
        Assert.False(Assert.IsType<SetPropertiesItem>(set.Items[1]).Merge);
        Assert.True(Assert.IsType<SetPropertiesItem>(set.Items[2]).Merge);
        Assert.Equal(["A", "B"], Assert.IsType<SetLabelsItem>(set.Items[3]).Labels);
    }

    [Fact]
    public void Remove_properties_and_labels()
    {
        var remove = Clause<RemoveClause>("MATCH (n) REMOVE n.a, n:A", 1);
        Assert.Equal("a", Assert.IsType<RemovePropertyItem>(remove.Items[0]).Property.Key);
        Assert.IsType<RemoveLabelsItem>(remove.Items[1]);
    }

    [Fact]
    public void Detach_delete_is_detach()
    {
        Assert.True(Clause<DeleteClause>("MATCH (n) DETACH DELETE n", 1).Detach);
        Assert.False(Clause<DeleteClause>("MATCH (n) DELETE n", 1).Detach);
    }

    [Fact]
    public void Unwind_binds_a_variable()
    {
        var unwind = Clause<UnwindClause>("UNWIND [1, 2] AS x RETURN x");
        Assert.Equal("x", unwind.Variable);
        Assert.IsType<ListExpression>(unwind.List);
    }

    [Fact]
    public void Create_parses_a_comma_separated_pattern()
    {
        var create = Clause<CreateClause>("CREATE (a:A {name: 'x'})-[:R {w: 1}]->(b), (c)");
        Assert.Equal(2, create.Pattern.Parts.Count);
    }

    [Fact]
    public void Union_and_union_all_are_recorded_per_join()
    {
        var query = Query("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a");
        Assert.Equal(3, query.Parts.Count);
        Assert.Equal([false, true], query.UnionAll);
    }

    [Fact]
    public void Foreach_holds_its_updates()
    {
        var foreach_ = Clause<ForeachClause>("MATCH (n) FOREACH (x IN [1, 2] | CREATE (:A {v: x}) SET n.v = x)", 1);
        Assert.Equal("x", foreach_.Variable);
        Assert.Equal(2, foreach_.Updates.Count);
    }

    [Fact]
    public void Call_subquery_in_old_and_new_import_forms()
    {
        var old = Clause<CallSubqueryClause>("MATCH (n) CALL { WITH n RETURN n.x AS x } RETURN x", 1);
        Assert.Null(old.ImportedVariables);
        var scoped = Clause<CallSubqueryClause>("MATCH (n) CALL (n) { RETURN n.x AS x } RETURN x", 1);
        Assert.Equal(["n"], scoped.ImportedVariables);
        var all = Clause<CallSubqueryClause>("MATCH (n) CALL (*) { RETURN n.x AS x } RETURN x", 1);
        Assert.True(all.ImportAll);
    }

    [Fact]
    public void Call_subquery_in_transactions_with_batch_size()
    {
        var call = Clause<CallSubqueryClause>("UNWIND [1] AS x CALL { WITH x CREATE (:A {x: x}) } IN TRANSACTIONS OF 10 ROWS", 1);
        Assert.True(call.InTransactions);
        Assert.Equal(10L, Assert.IsType<LiteralExpression>(call.BatchSize).Value);
    }

    [Fact]
    public void Optional_call_subquery()
    {
        Assert.True(Clause<CallSubqueryClause>("MATCH (n) OPTIONAL CALL (n) { MATCH (n)-->(m) RETURN m } RETURN m", 1).Optional);
    }

    [Fact]
    public void Call_procedure_with_yield_and_where()
    {
        var call = Clause<CallProcedureClause>("CALL db.labels() YIELD label AS l WHERE l <> 'X' RETURN l");
        Assert.Equal("db.labels", call.Name);
        Assert.Empty(call.Arguments!);
        Assert.Equal("l", call.Yield[0].Variable);
        Assert.NotNull(call.Where);
    }

    [Fact]
    public void Call_procedure_without_parentheses_has_implicit_arguments()
    {
        var call = Clause<CallProcedureClause>("CALL db.labels");
        Assert.Null(call.Arguments);
        Assert.Empty(call.Yield);
    }

    [Fact]
    public void Yield_star_is_recorded()
    {
        Assert.True(Clause<CallProcedureClause>("CALL test.proc() YIELD *").YieldAll);
    }

    [Theory]
    [InlineData("EXPLAIN MATCH (n) RETURN n", "Explain")]
    [InlineData("profile MATCH (n) RETURN n", "Profile")]
    [InlineData("MATCH (n) RETURN n;", "Normal")]
    public void Explain_profile_and_trailing_semicolon(string text, string modeName)
    {
        var mode = Enum.Parse<ExecutionMode>(modeName);
        var statement = CypherParser.Parse(text);
        Assert.Equal(mode, statement.Mode);
        Assert.Equal(text, statement.Text);
    }

    [Fact]
    public void Clause_positions_are_one_based_lines_and_columns()
    {
        var clauses = Clauses("MATCH (n)\n  RETURN n");
        Assert.Equal(2, clauses[1].Position.Line);
        Assert.Equal(3, clauses[1].Position.Column);
        Assert.Equal(12, clauses[1].Position.Offset);
    }
}
