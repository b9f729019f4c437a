using GraphExplorer.Engine.Functions;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Graph.Values;
using static GraphExplorer.Engine.Tests.Functions.Call;
using static GraphExplorer.Engine.Tests.Values.TestValues;

namespace GraphExplorer.Engine.Tests.Functions;

public sealed class AggregatesTests
{
    [Theory]
    [InlineData("count")]
    [InlineData("COLLECT")]
    [InlineData("percentileDisc")]
    [InlineData("stDevP")]
    public void Aggregate_names_are_recognised_case_insensitively(string name) => Assert.True(Aggregates.IsAggregate(name));

    [Fact]
    public void Scalar_functions_are_not_aggregates() => Assert.False(Aggregates.IsAggregate("toUpper"));

    [Fact]
    public void Count_ignores_nulls() => Assert.Equal(2L, Aggregate("count", [1L, null, "a"]));

    [Fact]
    public void Count_distinct_counts_equivalent_values_once() =>
        Assert.Equal(2L, Aggregate("count", [1L, 1.0, null, 2L], distinct: true));

    [Fact]
    public void Sum_of_integers_is_an_integer_and_of_mixed_numbers_a_float()
    {
        Assert.Equal(6L, Aggregate("sum", [1L, 2L, null, 3L]));
        Assert.Equal(6.5, Aggregate("sum", [1L, 2.5, 3L]));
    }

    [Fact]
    public void Sum_of_nothing_is_integer_zero() => Assert.Equal(0L, Aggregate("sum", []));

    [Fact]
    public void Sum_overflowing_64_bits_is_an_arithmetic_error() =>
        Assert.Equal(StatusCodes.ArithmeticError, Fails(() => Aggregate("sum", [long.MaxValue, 1L])).Code);

    [Fact]
    public void Sum_of_many_large_integers_does_not_lose_precision() =>
        Assert.Equal(3004498500L, Aggregate("sum", Enumerable.Range(1_000_000, 3000).Select(i => (object?)(long)i)));

    [Fact]
    public void Sum_of_strings_is_a_type_error() =>
        Assert.Equal(StatusCodes.TypeError, Fails(() => Aggregate("sum", [1L, "a"])).Code);

    [Fact]
    public void Sum_of_durations_is_a_duration() =>
        Assert.Equal(new CypherDuration(0, 3, 0, 0), Aggregate("sum", [new CypherDuration(0, 1, 0, 0), new CypherDuration(0, 2, 0, 0)]));

    [Fact]
    public void Avg_is_a_float_and_null_when_empty()
    {
        Assert.Equal(2.0, Aggregate("avg", [1L, 2L, 3L, null]));
        Assert.Null(Aggregate("avg", [null]));
    }

    [Fact]
    public void Avg_divides_the_sum_by_the_count()
    {
        Assert.Equal((0.1 + 0.2 + 0.3) / 3, Aggregate("avg", [0.1, 0.2, 0.3]));
        Assert.Equal((double)long.MaxValue, Aggregate("avg", [long.MaxValue, long.MaxValue]));
        Assert.Equal(new CypherDuration(0, 2, 0, 0), Aggregate("avg", [new CypherDuration(0, 1, 0, 0), new CypherDuration(0, 3, 0, 0)]));
    }

    [Fact]
    public void Avg_of_non_numbers_is_a_type_error() =>
        Assert.Equal(StatusCodes.TypeError, Fails(() => Aggregate("avg", ["a"])).Code);

    [Fact]
    public void Min_and_max_of_numbers_keep_their_type()
    {
        Assert.Equal(1L, Aggregate("min", [3L, 1L, 2.5, null]));
        Assert.Equal(3L, Aggregate("max", [3L, 1L, 2.5]));
        Assert.Null(Aggregate("max", [null]));
    }

    [Fact]
    public void Min_and_max_over_mixed_types_follow_the_order_by_order()
    {
        object?[] values = [1L, "a", null, List(1L, 2L), 0.2, "b"];
        Assert.Equal(1L, Aggregate("max", values));
        Assert.Equal(List(1L, 2L), Aggregate("min", values));
    }

    [Fact]
    public void Max_over_lists_compares_lexicographically() =>
        Assert.Equal(List(2L, 1L), Aggregate("max", [List(1L), List(2L), List(2L, 1L)]));

    [Fact]
    public void Collect_skips_nulls_and_distinct_removes_duplicates()
    {
        Assert.Equal(List(1L, 2L, 1L), Aggregate("collect", [1L, null, 2L, 1L]));
        Assert.Equal(List(1L, 2L), Aggregate("collect", [1L, null, 2L, 1L, null], distinct: true));
        Assert.Equal(List(), Aggregate("collect", [null]));
    }

    [Fact]
    public void Standard_deviations_use_sample_and_population_formulas()
    {
        object?[] values = [2L, 4L, 4L, 4L, 5L, 5L, 7L, 9L];
        Assert.Equal(2.0, (double)Aggregate("stDevP", values)!, 12);
        Assert.Equal(2.138089935299395, (double)Aggregate("stDev", values)!, 12);
        Assert.Equal(0.0, Aggregate("stDev", [1L]));
    }

    [Theory]
    [InlineData(0.0, 10.0)]
    [InlineData(0.5, 20.0)]
    [InlineData(1.0, 30.0)]
    [InlineData(0.25, 10.0)]
    [InlineData(0.9, 30.0)]
    public void PercentileDisc_picks_the_nearest_rank(double percentile, double expected) =>
        Assert.Equal(expected, Aggregate("percentileDisc", [30.0, 10.0, 20.0], false, percentile));

    [Theory]
    [InlineData(0.0, 10.0)]
    [InlineData(0.5, 20.0)]
    [InlineData(1.0, 30.0)]
    [InlineData(0.25, 15.0)]
    public void PercentileCont_interpolates(double percentile, double expected) =>
        Assert.Equal(expected, Aggregate("percentileCont", [30.0, 10.0, 20.0], false, percentile));

    [Fact]
    public void PercentileDisc_keeps_integers() => Assert.Equal(2L, Aggregate("percentileDisc", [1L, 2L, 3L], false, 0.5));

    [Theory]
    [InlineData("percentileCont", 1000L)]
    [InlineData("percentileCont", -1L)]
    [InlineData("percentileDisc", 1.1)]
    [InlineData("percentileDisc", 1000L)]
    public void Percentiles_outside_zero_to_one_are_rejected(string name, object percentile)
    {
        var error = Fails(() => Aggregates.Create(name, false, [percentile]));
        Assert.Equal(StatusCodes.ArgumentError, error.Code);
        Assert.Equal("NumberOutOfRange", error.Detail);
        Assert.Equal(ErrorPhase.Runtime, error.Phase);
    }

    [Fact]
    public void Percentile_of_no_values_is_null() => Assert.Null(Aggregate("percentileCont", [], false, 0.5));

    [Fact]
    public void Aggregate_arities_are_exposed()
    {
        Assert.True(Aggregates.TryGetArity("percentileCont", out var min, out var max));
        Assert.Equal((2, 2), (min, max));
        Assert.False(Aggregates.TryGetArity("toUpper", out _, out _));
    }
}
