using GraphExplorer.Engine.Values;
using static GraphExplorer.Engine.Tests.Values.TestValues;

namespace GraphExplorer.Engine.Tests.Values;

public sealed class CypherEqualityTests
{
    [Fact]
    public void Integer_one_equals_float_one() => AssertEqual(true, CypherEquality.Equals(1L, 1.0));

    [Fact]
    public void Integer_does_not_equal_a_nearby_float_beyond_double_precision() =>
        AssertEqual(false, CypherEquality.Equals(9007199254740993L, 9007199254740992.0));

    [Fact]
    public void Null_compared_with_anything_is_null()
    {
        AssertEqual(null, CypherEquality.Equals(null, null));
        AssertEqual(null, CypherEquality.Equals(1L, null));
        AssertEqual(null, CypherEquality.Equals(null, "a"));
    }

    [Fact]
    public void NaN_is_not_equal_to_itself() => AssertEqual(false, CypherEquality.Equals(double.NaN, double.NaN));

    [Fact]
    public void Values_of_different_types_are_not_equal()
    {
        AssertEqual(false, CypherEquality.Equals(1L, "1"));
        AssertEqual(false, CypherEquality.Equals(true, 1L));
        AssertEqual(false, CypherEquality.Equals(List(1L), Map(("a", 1L))));
    }

    [Fact]
    public void Strings_compare_case_sensitively() => AssertEqual(false, CypherEquality.Equals("a", "A"));

    [Fact]
    public void Lists_compare_elementwise_with_numeric_equality() =>
        AssertEqual(true, CypherEquality.Equals(List(3L, 4L), List(3.0, 4L)));

    [Fact]
    public void Lists_of_different_length_are_not_equal_despite_nulls() =>
        AssertEqual(false, CypherEquality.Equals(List(1L, null), List(1L, null, 2L)));

    [Fact]
    public void Almost_equal_lists_with_null_compare_to_null() =>
        AssertEqual(null, CypherEquality.Equals(List(1L, null), List(1L, 2L)));

    [Fact]
    public void Different_lists_with_null_are_not_equal() =>
        AssertEqual(false, CypherEquality.Equals(List(1L, null, 3L), List(1L, 2L, 4L)));

    [Fact]
    public void Nested_lists_propagate_null() =>
        AssertEqual(null, CypherEquality.Equals(List(List(1L, null)), List(List(1L, 2L))));

    [Fact]
    public void Maps_are_equal_when_keys_and_values_are_equal_regardless_of_order() =>
        AssertEqual(true, CypherEquality.Equals(Map(("a", 1L), ("b", "x")), Map(("b", "x"), ("a", 1.0))));

    [Fact]
    public void Maps_with_different_keys_are_not_equal_even_with_null_values() =>
        AssertEqual(false, CypherEquality.Equals(Map(("a", null)), Map(("b", null))));

    [Fact]
    public void Maps_with_a_null_value_compare_to_null() =>
        AssertEqual(null, CypherEquality.Equals(Map(("a", null)), Map(("a", 1L))));

    [Fact]
    public void Nodes_are_equal_by_id_and_kind()
    {
        AssertEqual(true, CypherEquality.Equals(Node(1), Node(1)));
        AssertEqual(false, CypherEquality.Equals(Node(1), Node(2)));
        AssertEqual(false, CypherEquality.Equals(Node(1), Relationship(1)));
    }

    [Fact]
    public void A_path_equals_the_list_of_its_nodes_and_relationships()
    {
        var path = Path(Node(1), Relationship(7), Node(2));
        AssertEqual(true, CypherEquality.Equals(path, List(Node(1), Relationship(7), Node(2))));
        AssertEqual(true, CypherEquality.Equals(path, Path(Node(1), Relationship(7), Node(2))));
        AssertEqual(false, CypherEquality.Equals(path, Path(Node(1))));
    }

    [Fact]
    public void Temporals_compare_by_value()
    {
        AssertEqual(true, CypherEquality.Equals(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 1)));
        AssertEqual(false, CypherEquality.Equals(new DateOnly(2025, 6, 1), new DateTime(2025, 6, 1)));
    }

    [Fact]
    public void Equivalence_treats_null_as_equal_to_null_and_NaN_to_NaN()
    {
        Assert.True(CypherEquality.Equivalence.Equals(null, null));
        Assert.True(CypherEquality.Equivalence.Equals(double.NaN, double.NaN));
        Assert.True(CypherEquality.Equivalence.Equals(List(1L, null), List(1.0, null)));
        Assert.False(CypherEquality.Equivalence.Equals(1L, "1"));
    }

    [Fact]
    public void Equivalent_values_hash_alike_so_distinct_merges_them()
    {
        var distinct = new HashSet<object?>(CypherEquality.Equivalence)
        {
            1L, 1.0, null, null, List(1L, 2L), List(1.0, 2.0), Map(("a", 1L), ("b", 2L)), Map(("b", 2.0), ("a", 1L)), double.NaN, double.NaN, 1.5,
        };

        Assert.Equal(6, distinct.Count);
    }

    [Fact]
    public void Equivalence_groups_entities_and_paths_by_identity()
    {
        var distinct = new HashSet<object?>(CypherEquality.Equivalence)
        {
            Node(1), Node(1), Relationship(1), Path(Node(1), Relationship(2), Node(3)), Path(Node(1), Relationship(2), Node(3)), Path(Node(1)),
        };

        Assert.Equal(4, distinct.Count);
    }

    [Fact]
    public void Zoned_datetimes_are_equal_only_with_the_same_offset()
    {
        var utc = new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);
        var paris = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.FromHours(2));
        AssertEqual(false, CypherEquality.Equals(utc, paris));
        AssertEqual(true, CypherEquality.Equals(utc, new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero)));
    }

    private static void AssertEqual(bool? expected, bool? actual) => Assert.Equal(expected, actual);
}
