using GraphExplorer.Graph.Errors;
using static GraphExplorer.Engine.Tests.Functions.Call;
using static GraphExplorer.Engine.Tests.Values.TestValues;

namespace GraphExplorer.Engine.Tests.Functions;

public sealed class ListFunctionsTests
{
    [Fact]
    public void Range_includes_both_ends_with_the_default_step() =>
        Assert.Equal(List(0L, 1L, 2L, 3L), Function("range", 0L, 3L));

    [Fact]
    public void Range_honours_positive_and_negative_steps()
    {
        Assert.Equal(List(0L, 3L, 6L, 9L), Function("range", 0L, 10L, 3L));
        Assert.Equal(List(10L, 7L, 4L, 1L), Function("range", 10L, 0L, -3L));
        Assert.Equal(List(-3412L, -2114L, -816L, 482L), Function("range", -3412L, 1381L, 1298L));
    }

    [Fact]
    public void Range_is_empty_when_the_step_points_away_from_the_end()
    {
        Assert.Equal(List(), Function("range", 0L, 10L, -1L));
        Assert.Equal(List(), Function("range", 10L, 0L));
        Assert.Equal(List(5L), Function("range", 5L, 5L, -1L));
    }

    [Fact]
    public void Range_with_a_zero_step_is_an_argument_error()
    {
        var error = Fails(() => Function("range", 2L, 8L, 0L));
        Assert.Equal(StatusCodes.ArgumentError, error.Code);
        Assert.Equal("NumberOutOfRange", error.Detail);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData("1")]
    [InlineData(true)]
    [InlineData(null)]
    public void Range_with_non_integer_arguments_is_an_error(object? start)
    {
        var error = Fails(() => Function("range", start, 3L));
        Assert.Equal("InvalidArgumentType", error.Detail);
    }

    [Fact]
    public void Size_counts_list_elements_and_passes_null_through()
    {
        Assert.Equal(3L, Function("size", List(1L, null, 3L)));
        Assert.Null(Function("size", [null]));
    }

    [Fact]
    public void Size_of_a_number_is_a_type_error() => Assert.Equal(StatusCodes.TypeError, Fails(() => Function("size", 1L)).Code);

    [Fact]
    public void Head_last_and_tail_pick_parts_of_a_list()
    {
        var list = List(1L, 2L, 3L);
        Assert.Equal(1L, Function("head", list));
        Assert.Equal(3L, Function("last", list));
        Assert.Equal(List(2L, 3L), Function("tail", list));
        Assert.Null(Function("head", List()));
        Assert.Null(Function("last", List()));
        Assert.Equal(List(), Function("tail", List()));
        Assert.Null(Function("head", [null]));
    }

    [Fact]
    public void Head_of_a_string_is_a_type_error() => Assert.Equal(StatusCodes.TypeError, Fails(() => Function("head", "abc")).Code);

    [Fact]
    public void Reverse_reverses_lists() => Assert.Equal(List(3L, null, 1L), Function("reverse", List(1L, null, 3L)));

    [Fact]
    public void Coalesce_returns_the_first_non_null()
    {
        Assert.Equal(2L, Function("coalesce", null, 2L, 3L));
        Assert.Null(Function("coalesce", null, null));
    }

    [Fact]
    public void Keys_and_properties_of_a_map()
    {
        var map = Map(("name", "Mats"), ("age", 42L));
        Assert.Equal(List("name", "age"), Function("keys", map));
        Assert.Equal(map, Function("properties", map));
        Assert.Null(Function("keys", [null]));
    }

    [Fact]
    public void Keys_of_a_number_is_a_type_error() => Assert.Equal(StatusCodes.TypeError, Fails(() => Function("keys", 1L)).Code);

    [Fact]
    public void IsEmpty_works_on_strings_lists_and_maps()
    {
        Assert.Equal(true, Function("isEmpty", string.Empty));
        Assert.Equal(false, Function("isEmpty", List(1L)));
        Assert.Equal(true, Function("isEmpty", Map()));
    }

    [Fact]
    public void Misc_functions_produce_ids_and_clock_readings()
    {
        Assert.True(Guid.TryParse((string)Function("randomUUID")!, out _));
        Assert.InRange((long)Function("timestamp")!, DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeMilliseconds());
    }

    [Fact]
    public void NullIf_returns_null_when_the_values_are_equal()
    {
        Assert.Null(Function("nullIf", 1L, 1.0));
        Assert.Equal(1L, Function("nullIf", 1L, 2L));
    }
}
