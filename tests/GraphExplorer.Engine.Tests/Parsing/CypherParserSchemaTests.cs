using GraphExplorer.Engine.Parsing;
using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Tests.Parsing;

public sealed class CypherParserSchemaTests
{
    private static T Parse<T>(string text)
        where T : Statement => Assert.IsType<T>(CypherParser.Parse(text).Body);

    [Fact]
    public void Create_unique_constraint_with_name_and_if_not_exists()
    {
        var constraint = Parse<CreateConstraintCommand>("CREATE CONSTRAINT country_id IF NOT EXISTS FOR (c:Country) REQUIRE c.id IS UNIQUE");
        Assert.Equal("country_id", constraint.Name);
        Assert.True(constraint.IfNotExists);
        Assert.False(constraint.OnRelationship);
        Assert.Equal("Country", constraint.LabelOrType);
        Assert.Equal(["id"], constraint.Properties);
        Assert.Equal(ConstraintKind.Unique, constraint.Kind);
    }

    [Fact]
    public void Create_constraint_without_name_and_kinds()
    {
        var notNull = Parse<CreateConstraintCommand>("CREATE CONSTRAINT FOR (n:A) REQUIRE n.x IS NOT NULL");
        Assert.Null(notNull.Name);
        Assert.Equal(ConstraintKind.NotNull, notNull.Kind);
        var key = Parse<CreateConstraintCommand>("CREATE CONSTRAINT k FOR (n:A) REQUIRE (n.a, n.b) IS NODE KEY");
        Assert.Equal(["a", "b"], key.Properties);
        Assert.Equal(ConstraintKind.NodeKey, key.Kind);
        var relationship = Parse<CreateConstraintCommand>("CREATE CONSTRAINT r FOR ()-[r:SIGNED]-() REQUIRE r.id IS UNIQUE");
        Assert.True(relationship.OnRelationship);
        Assert.Equal("SIGNED", relationship.LabelOrType);
    }

    [Fact]
    public void Create_index_of_each_kind()
    {
        var range = Parse<CreateIndexCommand>("CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name, p.age)");
        Assert.Equal(IndexKind.Range, range.Kind);
        Assert.Equal(["name", "age"], range.Properties);
        Assert.Equal(IndexKind.Text, Parse<CreateIndexCommand>("CREATE TEXT INDEX FOR (p:Person) ON (p.name)").Kind);
        var fulltext = Parse<CreateIndexCommand>("CREATE FULLTEXT INDEX names FOR (n:Official|Ministry) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {}}");
        Assert.Equal(IndexKind.Fulltext, fulltext.Kind);
        Assert.Equal(["Official", "Ministry"], fulltext.LabelsOrTypes);
        Assert.NotNull(fulltext.Options);
        var lookup = Parse<CreateIndexCommand>("CREATE LOOKUP INDEX FOR (n) ON EACH labels(n)");
        Assert.Equal(IndexKind.Lookup, lookup.Kind);
        Assert.Empty(lookup.LabelsOrTypes);
        Assert.True(Parse<CreateIndexCommand>("CREATE RANGE INDEX FOR ()-[r:HOLDS]-() ON (r.since)").OnRelationship);
    }

    [Fact]
    public void Drop_constraint_and_index()
    {
        var constraint = Parse<DropConstraintCommand>("DROP CONSTRAINT country_id IF EXISTS");
        Assert.Equal("country_id", constraint.Name);
        Assert.True(constraint.IfExists);
        Assert.False(Parse<DropIndexCommand>("DROP INDEX person_name").IfExists);
    }

    [Fact]
    public void Show_commands_with_yield_where_and_return()
    {
        Assert.Equal(ShowKind.Constraints, Parse<ShowCommand>("SHOW CONSTRAINTS").Kind);
        var show = Parse<ShowCommand>("SHOW INDEXES YIELD name, type WHERE type = 'RANGE' RETURN name");
        Assert.Equal(ShowKind.Indexes, show.Kind);
        Assert.Equal(2, show.Yield.Count);
        Assert.IsType<WithClause>(show.Tail[0]);
        Assert.IsType<ReturnClause>(show.Tail[1]);
        Assert.Equal(ShowKind.Indexes, Parse<ShowCommand>("SHOW ALL INDEXES").Kind);
        Assert.Equal(ShowKind.Constraints, Parse<ShowCommand>("SHOW NODE UNIQUENESS CONSTRAINTS").Kind);
        Assert.Equal(ShowKind.Indexes, Parse<ShowCommand>("SHOW FULLTEXT INDEX").Kind);
    }

    [Fact]
    public void Create_of_a_node_is_still_a_query()
    {
        Assert.IsType<QueryStatement>(CypherParser.Parse("CREATE (index:Index)").Body);
    }
}
