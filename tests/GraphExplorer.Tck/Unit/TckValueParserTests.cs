using GraphExplorer.Graph.Values;
using GraphExplorer.Tck.Values;

namespace GraphExplorer.Tck.Unit;

public sealed class TckValueParserTests
{
    [Theory]
    [InlineData("1", 1L)]
    [InlineData("-42", -42L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Integers_parse_as_long(string text, long expected) =>
        Assert.Equal(expected, TckValueParser.Parse(text));

    [Theory]
    [InlineData("1.0", 1.0)]
    [InlineData("-0.5", -0.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1.23456789e308", 1.23456789e308)]
    [InlineData("-1.2635418652381264e305", -1.2635418652381264e305)]
    [InlineData("Inf", double.PositiveInfinity)]
    [InlineData("-Inf", double.NegativeInfinity)]
    public void Floats_parse_as_double(string text, double expected) =>
        Assert.Equal(expected, TckValueParser.Parse(text));

    [Fact]
    public void NaN_parses_as_double_NaN() =>
        Assert.True(double.IsNaN((double)TckValueParser.Parse("NaN")!));

    [Fact]
    public void Keywords_parse_as_null_and_booleans()
    {
        Assert.Null(TckValueParser.Parse("null"));
        Assert.Equal(true, TckValueParser.Parse("true"));
        Assert.Equal(false, TckValueParser.Parse(" false "));
    }

    [Theory]
    [InlineData("'abc'", "abc")]
    [InlineData("''", "")]
    [InlineData(@"'\''", "'")]
    [InlineData(@"'a\\b'", @"a\b")]
    [InlineData(@"'a\tb'", "a\tb")]
    [InlineData("'x, y: [z]'", "x, y: [z]")]
    public void Strings_are_single_quoted_with_backslash_escapes(string text, string expected) =>
        Assert.Equal(expected, TckValueParser.Parse(text));

    [Fact]
    public void Lists_and_maps_nest()
    {
        var value = TckValueParser.Parse("[1, 'a', [], {k: [true, null], `odd key`: 2.5}]");

        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(value);
        Assert.Equal(4, list.Count);
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(list[2]));
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(list[3]);
        Assert.Equal(new object?[] { true, null }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(map["k"]));
        Assert.Equal(2.5, map["odd key"]);
    }

    [Fact]
    public void Node_has_labels_and_properties()
    {
        var node = Assert.IsType<GraphNode>(TckValueParser.Parse("(:A:B {name: 'b', num: 1})"));

        Assert.Equal(new[] { "A", "B" }, node.Labels);
        Assert.Equal("b", node.Properties["name"]);
        Assert.Equal(1L, node.Properties["num"]);
    }

    [Fact]
    public void Empty_node_and_node_with_properties_only_parse()
    {
        Assert.Empty(Assert.IsType<GraphNode>(TckValueParser.Parse("()")).Labels);
        Assert.Equal("c", Assert.IsType<GraphNode>(TckValueParser.Parse("({name: 'c'})")).Properties["name"]);
    }

    [Fact]
    public void Relationship_has_type_and_properties()
    {
        var relationship = Assert.IsType<GraphRelationship>(TckValueParser.Parse("[:KNOWS {since: 2020}]"));

        Assert.Equal("KNOWS", relationship.Type);
        Assert.Equal(2020L, relationship.Properties["since"]);
    }

    [Fact]
    public void Path_records_the_direction_of_each_relationship()
    {
        var path = Assert.IsType<GraphPath>(TckValueParser.Parse("<(:A)-[:T]->(:B)<-[:U]-(:C)>"));

        Assert.Equal(3, path.Nodes.Count);
        Assert.Equal(path.Nodes[0].ElementId, path.Relationships[0].StartElementId);
        Assert.Equal(path.Nodes[1].ElementId, path.Relationships[0].EndElementId);
        Assert.Equal(path.Nodes[2].ElementId, path.Relationships[1].StartElementId);
        Assert.Equal(path.Nodes[1].ElementId, path.Relationships[1].EndElementId);
    }

    [Fact]
    public void Zero_length_path_is_one_node() =>
        Assert.Single(Assert.IsType<GraphPath>(TckValueParser.Parse("<()>")).Nodes);

    [Theory]
    [InlineData("")]
    [InlineData("[1, 2")]
    [InlineData("'open")]
    [InlineData("1 2")]
    [InlineData("maybe")]
    [InlineData("<(:A)-[:T]-(:B)>")]
    public void Malformed_values_are_rejected(string text) =>
        Assert.Throws<FormatException>(() => TckValueParser.Parse(text));
}
