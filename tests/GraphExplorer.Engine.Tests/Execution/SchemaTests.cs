using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Execution;

public sealed class SchemaTests : EngineTestBase
{
    [Fact]
    public async Task Create_constraint_if_not_exists_is_idempotent()
    {
        var first = await RunAsync("CREATE CONSTRAINT c_id IF NOT EXISTS FOR (c:Country) REQUIRE c.id IS UNIQUE");
        var second = await RunAsync("CREATE CONSTRAINT c_id IF NOT EXISTS FOR (c:Country) REQUIRE c.id IS UNIQUE");
        Assert.Equal(1, first.Counters.ConstraintsAdded);
        Assert.Equal(0, second.Counters.ConstraintsAdded);
    }

    [Fact]
    public async Task Equivalent_constraint_fails_without_if_not_exists()
    {
        await RunAsync("CREATE CONSTRAINT c_id FOR (c:Country) REQUIRE c.id IS UNIQUE");
        var same = await Assert.ThrowsAsync<CypherException>(() => RunAsync("CREATE CONSTRAINT c_id FOR (c:Country) REQUIRE c.id IS UNIQUE"));
        Assert.Equal(StatusCodes.EquivalentSchemaRuleAlreadyExists, same.Code);
        var otherName = await Assert.ThrowsAsync<CypherException>(() => RunAsync("CREATE CONSTRAINT other FOR (c:Country) REQUIRE c.id IS UNIQUE"));
        Assert.Equal("Neo.ClientError.Schema.ConstraintAlreadyExists", otherName.Code);
        var quiet = await RunAsync("CREATE CONSTRAINT other IF NOT EXISTS FOR (c:Country) REQUIRE c.id IS UNIQUE");
        Assert.Equal(0, quiet.Counters.ConstraintsAdded);
    }

    [Fact]
    public async Task Constraint_over_existing_duplicates_fails()
    {
        await RunAsync("CREATE (:C {id: 1}), (:C {id: 1})");
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("CREATE CONSTRAINT FOR (c:C) REQUIRE c.id IS UNIQUE"));
        Assert.Contains("Both Node(", error.Message, StringComparison.Ordinal);
        Assert.Empty((await RunAsync("SHOW CONSTRAINTS")).Rows);
    }

    [Fact]
    public async Task Unique_constraint_is_checked_on_set_and_on_label_add()
    {
        await RunAsync("CREATE CONSTRAINT FOR (c:C) REQUIRE c.id IS UNIQUE");
        await RunAsync("CREATE (:C {id: 1}), (:C {id: 2}), (:D {id: 1})");
        var set = await Assert.ThrowsAsync<CypherException>(() => RunAsync("MATCH (c:C {id: 2}) SET c.id = 1.0"));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, set.Code);
        var label = await Assert.ThrowsAsync<CypherException>(() => RunAsync("MATCH (d:D) SET d:C"));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, label.Code);
        Assert.Equal(new object?[] { 1L, 2L }, await ColumnAsync("MATCH (c:C) RETURN c.id ORDER BY c.id"));
    }

    [Fact]
    public async Task Show_lists_constraints_and_indexes_and_drop_removes_them()
    {
        await RunAsync("CREATE CONSTRAINT c_id FOR (c:Country) REQUIRE c.id IS UNIQUE");
        await RunAsync("CREATE INDEX c_name FOR (c:Country) ON (c.name)");
        await RunAsync("CREATE TEXT INDEX c_text IF NOT EXISTS FOR (c:Country) ON (c.summary)");
        var constraints = await RunAsync("SHOW CONSTRAINTS");
        Assert.Contains("labelsOrTypes", constraints.Columns);
        Assert.Equal("c_id", constraints.Records().Single()["name"]);
        var indexes = await RunAsync("SHOW INDEXES YIELD name, type, owningConstraint RETURN name, type, owningConstraint ORDER BY name");
        Assert.Equal(new object?[] { "c_id", "c_name", "c_text" }, indexes.Rows.Select(r => r[0]));
        Assert.Equal("c_id", indexes.Rows[0][2]);
        Assert.Equal("TEXT", indexes.Rows[2][1]);

        Assert.Equal(1, (await RunAsync("DROP INDEX c_name")).Counters.IndexesRemoved);
        Assert.Equal(1, (await RunAsync("DROP CONSTRAINT c_id")).Counters.ConstraintsRemoved);
        Assert.Equal(0, (await RunAsync("DROP CONSTRAINT c_id IF EXISTS")).Counters.ConstraintsRemoved);
        await Assert.ThrowsAsync<CypherException>(() => RunAsync("DROP CONSTRAINT c_id"));
        Assert.Single((await RunAsync("SHOW INDEXES")).Rows);
    }

    [Fact]
    public async Task Explain_returns_the_plan_without_running_and_profile_counts_rows()
    {
        var explain = await RunAsync("EXPLAIN CREATE (:N) RETURN 1");
        Assert.Contains("Create", explain.Plan, StringComparison.Ordinal);
        Assert.Empty(explain.Rows);
        Assert.Equal(0L, await ScalarAsync("MATCH (n) RETURN count(n)"));

        var profile = await RunAsync("PROFILE UNWIND [1, 2, 3] AS x RETURN x");
        Assert.Equal(3, profile.Rows.Count);
        Assert.Contains("rows=3", profile.Plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_supports_where_yield_star_and_return()
    {
        await RunAsync("CREATE CONSTRAINT c_id FOR (c:Country) REQUIRE c.id IS UNIQUE");
        await RunAsync("CREATE FULLTEXT INDEX names FOR (n:Country|Ministry) ON EACH [n.name, n.aliases]");
        var filtered = await RunAsync("SHOW INDEXES WHERE type = 'FULLTEXT'");
        Assert.Equal("names", filtered.Records().Single()["name"]);
        var all = await RunAsync("SHOW CONSTRAINTS YIELD *");
        Assert.Contains("createStatement", all.Columns);
        var returned = await RunAsync("SHOW INDEXES YIELD name, labelsOrTypes WHERE name = 'names' RETURN labelsOrTypes");
        Assert.Equal(new object?[] { "Country", "Ministry" }, (IReadOnlyList<object?>)returned.Rows.Single()[0]!);
    }
}
