using GraphExplorer.Engine.Parsing.Ast;
using static GraphExplorer.Engine.Tests.Parsing.ParseHelpers;

namespace GraphExplorer.Engine.Tests.Parsing;

public sealed class CypherParserPatternTests
{
    private static PatternPart Part(string pattern) => Clause<MatchClause>($"MATCH {pattern} RETURN 1").Pattern.Parts[0];

    [Fact]
    public void Node_with_variable_labels_and_properties()
    {
        var node = Part("(n:Person:Official {id: 'x', n: 1})").Element.Start;
        Assert.Equal("n", node.Variable);
        Assert.Equal(["Person", "Official"], node.Labels);
        Assert.Equal(2, Assert.IsType<MapExpression>(node.Properties).Entries.Count);
    }

    [Fact]
    public void Ampersand_labels_are_a_conjunction()
    {
        Assert.Equal(["A", "B"], Part("(n:A&B)").Element.Start.Labels);
    }

    [Fact]
    public void Node_with_inline_where()
    {
        Assert.NotNull(Part("(n:A WHERE n.x > 1)").Element.Start.Where);
    }

    [Theory]
    [InlineData("(a)-->(b)", "Outgoing")]
    [InlineData("(a)<--(b)", "Incoming")]
    [InlineData("(a)--(b)", "Both")]
    [InlineData("(a)<-->(b)", "Both")]
    [InlineData("(a)-[r]->(b)", "Outgoing")]
    [InlineData("(a)<-[r]-(b)", "Incoming")]
    [InlineData("(a)-[r]-(b)", "Both")]
    public void Directions(string pattern, string expectedName)
    {
        var expected = Enum.Parse<RelationshipDirection>(expectedName);
        Assert.Equal(expected, Part(pattern).Element.Steps[0].Relationship.Direction);
    }

    [Fact]
    public void Relationship_types_with_alternatives()
    {
        Assert.Equal(["A", "B", "C"], Part("(a)-[r:A|B|:C]->(b)").Element.Steps[0].Relationship.Types);
    }

    [Theory]
    [InlineData("*", null, null)]
    [InlineData("*2", 2L, 2L)]
    [InlineData("*1..3", 1L, 3L)]
    [InlineData("*..3", null, 3L)]
    [InlineData("*2..", 2L, null)]
    [InlineData("* 1 .. 3", 1L, 3L)]
    public void Variable_length_bounds(string length, long? min, long? max)
    {
        var range = Part($"(a)-[:R{length}]->(b)").Element.Steps[0].Relationship.Length;
        Assert.NotNull(range);
        Assert.Equal(min, range.Min);
        Assert.Equal(max, range.Max);
    }

    [Fact]
    public void Single_hop_has_no_length()
    {
        Assert.Null(Part("(a)-[:R]->(b)").Element.Steps[0].Relationship.Length);
    }

    [Fact]
    public void Relationship_properties_and_parameter_properties()
    {
        var relationship = Part("(a)-[r:R {w: 2}]->(b {x: $x})").Element.Steps[0];
        Assert.IsType<MapExpression>(relationship.Relationship.Properties);
        var create = Clause<CreateClause>("CREATE (n:A $props)");
        Assert.IsType<ParameterExpression>(create.Pattern.Parts[0].Element.Start.Properties);
    }

    [Fact]
    public void Named_path_and_long_chain()
    {
        var part = Part("p = (a)-[:R]->(b)<-[:S]-(c)--(d)");
        Assert.Equal("p", part.PathVariable);
        Assert.Equal(3, part.Element.Steps.Count);
        Assert.Equal("d", part.Element.Steps[2].Node.Variable);
    }

    [Theory]
    [InlineData("p = shortestPath((a)-[*]-(b))", "Shortest")]
    [InlineData("p = allShortestPaths((a)-[:R*..5]->(b))", "AllShortest")]
    [InlineData("(a)-->(b)", "All")]
    public void Shortest_path_selectors(string pattern, string expectedName)
    {
        var expected = Enum.Parse<PathSelector>(expectedName);
        Assert.Equal(expected, Part(pattern).Selector);
    }

    [Theory]
    [InlineData("(a)-[:R]->{1,3}(b)", 1L, 3L)]
    [InlineData("(a)-[:R]->{2}(b)", 2L, 2L)]
    [InlineData("(a)-[:R]->{2,}(b)", 2L, null)]
    [InlineData("(a)-[:R]->{,4}(b)", 0L, 4L)]
    [InlineData("(a)-->+(b)", 1L, null)]
    [InlineData("(a)<--*(b)", 0L, null)]
    public void Quantified_relationships_are_variable_length(string pattern, long? min, long? max)
    {
        var range = Part(pattern).Element.Steps[0].Relationship.Length;
        Assert.NotNull(range);
        Assert.Equal(min, range.Min);
        Assert.Equal(max, range.Max);
    }

    [Theory]
    [InlineData("p = ANY SHORTEST (a)-[:R]->+(b)", "Shortest")]
    [InlineData("p = SHORTEST 1 (a)-->+(b)", "Shortest")]
    [InlineData("p = ALL SHORTEST (a)-->+(b)", "AllShortest")]
    [InlineData("p = ALL PATHS (a)-->(b)", "All")]
    public void Gql_path_selectors(string pattern, string expectedName)
    {
        Assert.Equal(Enum.Parse<PathSelector>(expectedName), Part(pattern).Selector);
    }

    [Theory]
    [InlineData("MATCH p = SHORTEST 2 (a)-->+(b) RETURN p")]
    [InlineData("MATCH (a)-[:R*1..2]->{1,3}(b) RETURN a")]
    public void Unsupported_or_contradictory_quantifiers_are_syntax_errors(string query)
    {
        ParseHelpers.SyntaxError(query);
    }

    [Fact]
    public void Anonymous_nodes_and_relationships()
    {
        var element = Part("()-[]->()").Element;
        Assert.Null(element.Start.Variable);
        Assert.Null(element.Steps[0].Relationship.Variable);
        Assert.Empty(element.Steps[0].Relationship.Types);
    }
}
