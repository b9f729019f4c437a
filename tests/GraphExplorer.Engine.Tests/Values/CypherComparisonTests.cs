using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Values;
using static GraphExplorer.Engine.Tests.Values.TestValues;

namespace GraphExplorer.Engine.Tests.Values;

public sealed class CypherComparisonTests
{
    [Fact]
    public void Numbers_of_both_types_compare_numerically()
    {
        AssertResult(true, CypherComparison.LessThan(1L, 3.14));
        AssertResult(true, CypherComparison.GreaterThanOrEqual(3.14, 1L));
        AssertResult(true, CypherComparison.LessThanOrEqual(1L, 1.0));
        Assert.Equal(0, CypherComparison.Compare(2L, 2.0));
    }

    [Fact]
    public void Large_integers_compare_exactly_with_floats() =>
        AssertResult(true, CypherComparison.GreaterThan(9007199254740993L, 9007199254740992.0));

    [Fact]
    public void Comparisons_with_null_are_null()
    {
        AssertResult(null, CypherComparison.LessThan(null, 1L));
        Assert.Null(CypherComparison.Compare(1L, null));
    }

    [Fact]
    public void Comparisons_across_types_are_null()
    {
        AssertResult(null, CypherComparison.LessThan(1L, "1"));
        AssertResult(null, CypherComparison.LessThan(true, 1L));
        AssertResult(null, CypherComparison.GreaterThan(List(1L), Map()));
    }

    [Fact]
    public void Every_comparison_with_NaN_and_a_number_is_false()
    {
        foreach (var other in new object[] { 1L, 1.0, double.NaN })
        {
            AssertResult(false, CypherComparison.LessThan(double.NaN, other));
            AssertResult(false, CypherComparison.LessThanOrEqual(double.NaN, other));
            AssertResult(false, CypherComparison.GreaterThan(double.NaN, other));
            AssertResult(false, CypherComparison.GreaterThanOrEqual(double.NaN, other));
        }
    }

    [Fact]
    public void NaN_compared_with_a_string_is_null() => AssertResult(null, CypherComparison.GreaterThan(double.NaN, "a"));

    [Theory]
    [MemberData(nameof(ListComparisons))]
    public void Lists_compare_lexicographically(List<object?> left, List<object?> right, bool? expected) =>
        AssertResult(expected, CypherComparison.GreaterThanOrEqual(left, right));

    public static TheoryData<List<object?>, List<object?>, bool?> ListComparisons => new()
    {
        { List(1L, 0L), List(1L), true },
        { List(1L, null), List(1L), true },
        { List(1L, 2L), List(1L, null), null },
        { List(1L, "a"), List(1L, null), null },
        { List(1L, 2L), List(3L, null), false },
    };

    [Fact]
    public void Strings_compare_by_code_unit_and_booleans_false_first()
    {
        AssertResult(true, CypherComparison.LessThan("x", "xy"));
        AssertResult(true, CypherComparison.LessThan("B", "a"));
        AssertResult(true, CypherComparison.LessThan(false, true));
    }

    [Fact]
    public void Dates_compare_chronologically_and_durations_do_not_compare()
    {
        AssertResult(true, CypherComparison.LessThan(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)));
        AssertResult(null, CypherComparison.LessThan(new CypherDuration(0, 1, 0, 0), new CypherDuration(0, 2, 0, 0)));
        AssertResult(null, CypherComparison.LessThan(new DateOnly(2024, 1, 1), new DateTime(2025, 1, 1)));
    }

    [Fact]
    public void Zoned_datetimes_compare_by_instant() =>
        AssertResult(true, CypherComparison.LessThan(
            new DateTimeOffset(2025, 1, 1, 10, 0, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Maps_and_nodes_are_not_comparable()
    {
        Assert.Null(CypherComparison.Compare(Map(("a", 1L)), Map(("a", 2L))));
        Assert.Null(CypherComparison.Compare(Node(1), Node(2)));
    }

    [Fact]
    public void Order_by_sorts_distinct_types_in_neo4j_order()
    {
        var map = Map(("a", "map"));
        var node = Node(1);
        var relationship = Relationship(2);
        var list = List("list");
        var path = Path(Node(1), Relationship(2), Node(3));
        object?[] values = [1.5, list, "text", null, false, double.NaN, map, relationship, path, node, new DateOnly(2025, 1, 1)];

        var sorted = values.Order(CypherComparison.Ordering).ToList();

        Assert.Equal<object?>([map, node, relationship, list, path, new DateOnly(2025, 1, 1), "text", false, 1.5, double.NaN, null], sorted);
    }

    [Fact]
    public void Order_by_puts_integers_and_floats_on_one_number_line()
    {
        object?[] values = [3L, 2.5, -1L, double.NegativeInfinity, 10.0];
        Assert.Equal<object?>([double.NegativeInfinity, -1L, 2.5, 3L, 10.0], values.Order(CypherComparison.Ordering));
    }

    [Fact]
    public void Order_by_compares_lists_elementwise_then_by_length()
    {
        object?[] values = [List(2L, 1L), List(2L), List(1L), List(1L, null)];
        Assert.Equal<object?>([List(1L), List(1L, null), List(2L), List(2L, 1L)], values.Order(CypherComparison.Ordering), CypherEquality.Equivalence);
    }

    [Fact]
    public void Order_by_compares_maps_by_size_then_keys_then_values()
    {
        var small = Map(("z", 1L));
        var keyA = Map(("a", 5L), ("b", 0L));
        var keyAValueLower = Map(("b", 0L), ("a", 4L));
        object?[] values = [keyA, small, keyAValueLower];
        Assert.Equal<object?>([small, keyAValueLower, keyA], values.Order(CypherComparison.Ordering));
    }

    private static void AssertResult(bool? expected, bool? actual) => Assert.Equal(expected, actual);
}
