using GraphExplorer.Graph.Values;
using GraphExplorer.Tck.Values;

namespace GraphExplorer.Tck.Unit;

public sealed class CanonicalValueTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];

    [Fact]
    public void Nodes_compare_by_labels_and_properties_not_by_id()
    {
        var actual = new GraphNode("42", ["B", "A"], new Dictionary<string, object?> { ["name"] = "x", ["gone"] = null });

        Assert.Equal(Canonical("(:A:B {name: 'x'})"), CanonicalValue.Format(actual));
    }

    [Fact]
    public void Integer_and_float_of_the_same_number_differ()
    {
        Assert.NotEqual(CanonicalValue.Format(1L), CanonicalValue.Format(1.0));
        Assert.Equal(Canonical("1.0"), CanonicalValue.Format(1.0));
        Assert.Equal(Canonical("1"), CanonicalValue.Format(1));
    }

    [Fact]
    public void Floats_compare_by_exact_value()
    {
        Assert.Equal(Canonical("3985764.3405892686"), CanonicalValue.Format(3985764.3405892687));
        Assert.Equal(Canonical("0.30000000000000004"), CanonicalValue.Format(0.1 + 0.2));
        Assert.NotEqual(Canonical("0.3"), CanonicalValue.Format(0.1 + 0.2));
        Assert.Equal(Canonical("NaN"), CanonicalValue.Format(double.NaN));
        Assert.Equal(Canonical("-Inf"), CanonicalValue.Format(double.NegativeInfinity));
        Assert.Equal(Canonical("0.0"), CanonicalValue.Format(-0.0));
    }

    [Fact]
    public void Map_key_order_does_not_matter() =>
        Assert.Equal(Canonical("{a: 1, b: 'x'}"), CanonicalValue.Format(new Dictionary<string, object?> { ["b"] = "x", ["a"] = 1L }));

    [Fact]
    public void List_order_matters_unless_lists_are_bags()
    {
        var actual = new List<object?> { "Bar", "Foo" };

        Assert.NotEqual(Canonical("['Foo', 'Bar']"), CanonicalValue.Format(actual));
        Assert.Equal(CanonicalValue.Format(TckValueParser.Parse("['Foo', 'Bar']"), listsAsBags: true), CanonicalValue.Format(actual, listsAsBags: true));
    }

    [Fact]
    public void Strings_with_quotes_and_newlines_round_trip() =>
        Assert.Equal(Canonical(@"'it\'s\n'"), CanonicalValue.Format("it's\n"));

    [Fact]
    public void Relationship_compares_by_type_and_properties() =>
        Assert.Equal(
            Canonical("[:T {k: [1, 2]}]"),
            CanonicalValue.Format(new GraphRelationship("9", "T", "1", "2", new Dictionary<string, object?> { ["k"] = new object?[] { 1L, 2L } })));

    [Fact]
    public void Path_direction_is_part_of_the_value()
    {
        var a = new GraphNode("1", ["A"], NoProperties);
        var b = new GraphNode("2", ["B"], NoProperties);
        var forwards = new GraphPath([a, b], [new GraphRelationship("r", "T", "1", "2", NoProperties)]);
        var backwards = new GraphPath([a, b], [new GraphRelationship("r", "T", "2", "1", NoProperties)]);

        Assert.Equal(Canonical("<(:A)-[:T]->(:B)>"), CanonicalValue.Format(forwards));
        Assert.Equal(Canonical("<(:A)<-[:T]-(:B)>"), CanonicalValue.Format(backwards));
    }

    [Fact]
    public void Values_outside_the_tck_syntax_never_equal_a_tck_literal() =>
        Assert.NotEqual(Canonical("'2020-01-01'"), CanonicalValue.Format(new DateOnly(2020, 1, 1)));

    private static string Canonical(string tckText) => CanonicalValue.Format(TckValueParser.Parse(tckText));
}
