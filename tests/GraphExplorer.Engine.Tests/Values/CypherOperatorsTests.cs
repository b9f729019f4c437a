using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Graph.Values;
using static GraphExplorer.Engine.Tests.Values.TestValues;

namespace GraphExplorer.Engine.Tests.Values;

public sealed class CypherOperatorsTests
{
    [Fact]
    public void Integer_arithmetic_stays_integer()
    {
        Assert.Equal(5L, CypherOperators.Add(2L, 3L));
        Assert.Equal(-1L, CypherOperators.Subtract(2L, 3L));
        Assert.Equal(6L, CypherOperators.Multiply(2L, 3L));
        Assert.Equal(3L, CypherOperators.Divide(7L, 2L));
        Assert.Equal(1L, CypherOperators.Modulo(7L, 2L));
    }

    [Fact]
    public void Integer_division_truncates_toward_zero_and_modulo_keeps_the_dividend_sign()
    {
        Assert.Equal(-3L, CypherOperators.Divide(-7L, 2L));
        Assert.Equal(-1L, CypherOperators.Modulo(-7L, 2L));
        Assert.Equal(0L, CypherOperators.Modulo(long.MinValue, -1L));
    }

    [Fact]
    public void Mixed_arithmetic_is_float()
    {
        Assert.Equal(3.5, CypherOperators.Add(1L, 2.5));
        Assert.Equal(3.5, CypherOperators.Divide(7L, 2.0));
        Assert.Equal(1.5, CypherOperators.Modulo(7.5, 2L));
    }

    [Fact]
    public void Power_is_always_float() => Assert.Equal(8.0, CypherOperators.Power(2L, 3L));

    [Fact]
    public void Null_operands_give_null()
    {
        Assert.Null(CypherOperators.Add(null, 1L));
        Assert.Null(CypherOperators.Multiply(1L, null));
        Assert.Null(CypherOperators.Negate(null));
        Assert.Null(CypherOperators.Add(List(1L), null));
    }

    [Theory]
    [InlineData(long.MaxValue, 1L)]
    [InlineData(long.MinValue, -1L)]
    public void Integer_overflow_on_addition_is_an_arithmetic_error(long left, long right)
    {
        var error = Fails(() => CypherOperators.Add(left, right));
        Assert.Equal(StatusCodes.ArithmeticError, error.Code);
        Assert.Equal(ErrorPhase.Runtime, error.Phase);
    }

    [Fact]
    public void Integer_overflow_on_multiplication_and_negation_is_an_arithmetic_error()
    {
        Assert.Equal(StatusCodes.ArithmeticError, Fails(() => CypherOperators.Multiply(long.MaxValue, 2L)).Code);
        Assert.Equal(StatusCodes.ArithmeticError, Fails(() => CypherOperators.Negate(long.MinValue)).Code);
        Assert.Equal(StatusCodes.ArithmeticError, Fails(() => CypherOperators.Subtract(long.MinValue, 1L)).Code);
        Assert.Equal(StatusCodes.ArithmeticError, Fails(() => CypherOperators.Multiply(long.MinValue, -1L)).Code);
        Assert.Equal(StatusCodes.ArithmeticError, Fails(() => CypherOperators.Multiply(3037000500L, 3037000500L)).Code);
        Assert.Equal(StatusCodes.ArithmeticError, Fails(() => CypherOperators.Divide(long.MinValue, -1L)).Code);
    }

    [Fact]
    public void Integer_arithmetic_at_the_edges_of_the_range_is_exact()
    {
        Assert.Equal(long.MinValue, CypherOperators.Multiply(long.MinValue, 1L));
        Assert.Equal(long.MinValue, CypherOperators.Multiply(-4611686018427387904L, 2L));
        Assert.Equal(9223372030926249001L, CypherOperators.Multiply(3037000499L, 3037000499L));
        Assert.Equal(long.MaxValue, CypherOperators.Add(long.MaxValue - 1, 1L));
        Assert.Equal(long.MinValue, CypherOperators.Subtract(long.MinValue + 1, 1L));
        Assert.Equal(-long.MaxValue, CypherOperators.Negate(long.MaxValue));
    }

    [Fact]
    public void Integer_division_by_zero_is_an_arithmetic_error()
    {
        var error = Fails(() => CypherOperators.Divide(1L, 0L));
        Assert.Equal(StatusCodes.ArithmeticError, error.Code);
        Assert.Equal("/ by zero", error.Message);
        Assert.Equal(StatusCodes.ArithmeticError, Fails(() => CypherOperators.Modulo(1L, 0L)).Code);
    }

    [Fact]
    public void Float_division_by_zero_follows_ieee()
    {
        Assert.Equal(double.PositiveInfinity, CypherOperators.Divide(1.0, 0L));
        Assert.True(double.IsNaN((double)CypherOperators.Divide(0.0, 0.0)!));
    }

    [Fact]
    public void Plus_concatenates_strings_and_numbers()
    {
        Assert.Equal("ab", CypherOperators.Add("a", "b"));
        Assert.Equal("a1", CypherOperators.Add("a", 1L));
        Assert.Equal("1.0a", CypherOperators.Add(1.0, "a"));
        Assert.Equal("atrue", CypherOperators.Add("a", true));
        Assert.Equal("on 2025-06-01", CypherOperators.Add("on ", new DateOnly(2025, 6, 1)));
        Assert.Equal(List("a", 1L), CypherOperators.Add("a", List(1L)));
    }

    [Fact]
    public void Plus_concatenates_lists_and_appends_or_prepends_elements()
    {
        Assert.Equal(List(1L, 2L, 3L), CypherOperators.Add(List(1L), List(2L, 3L)));
        Assert.Equal(List(1L, 2L), CypherOperators.Add(List(1L), 2L));
        Assert.Equal(List(0L, 1L), CypherOperators.Add(0L, List(1L)));
        Assert.Equal(List(List(1L)), CypherOperators.Add(List(), List(List(1L))));
    }

    [Fact]
    public void Double_bar_concatenates_only_strings_and_lists()
    {
        Assert.Equal("ab", CypherOperators.Concatenate("a", "b"));
        Assert.Equal(List(1L, 2L), CypherOperators.Concatenate(List(1L), List(2L)));
        Assert.Null(CypherOperators.Concatenate("a", null));
        Assert.Equal(StatusCodes.TypeError, Fails(() => CypherOperators.Concatenate("a", 1L)).Code);
    }

    [Fact]
    public void Arithmetic_on_wrong_types_is_a_type_error()
    {
        var error = Fails(() => CypherOperators.Add(true, 1L));
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Equal("InvalidArgumentType", error.Detail);
        Assert.Equal(StatusCodes.TypeError, Fails(() => CypherOperators.Multiply("a", 2L)).Code);
        Assert.Equal(StatusCodes.TypeError, Fails(() => CypherOperators.Negate("a")).Code);
        Assert.Equal(StatusCodes.TypeError, Fails(() => CypherOperators.Subtract(Map(), 1L)).Code);
    }

    [Fact]
    public void Durations_add_to_dates_datetimes_and_each_other()
    {
        var day = new CypherDuration(0, 1, 0, 0);
        Assert.Equal(new DateOnly(2025, 6, 2), CypherOperators.Add(new DateOnly(2025, 6, 1), day));
        Assert.Equal(new DateOnly(2025, 5, 31), CypherOperators.Subtract(new DateOnly(2025, 6, 1), day));
        Assert.Equal(new DateTime(2025, 7, 2, 10, 0, 0), CypherOperators.Add(new DateTime(2025, 6, 1, 10, 0, 0), new CypherDuration(1, 1, 0, 0)));
        Assert.Equal(new CypherDuration(1, 2, 3, 0), CypherOperators.Add(new CypherDuration(1, 1, 1, 0), new CypherDuration(0, 1, 2, 0)));
        Assert.Equal(new CypherDuration(0, 2, 0, 0), CypherOperators.Multiply(day, 2L));
    }

    [Fact]
    public void Boolean_operators_use_three_valued_logic()
    {
        Assert.Equal(false, CypherOperators.And(false, null));
        Assert.Null(CypherOperators.And(true, null));
        Assert.Equal(true, CypherOperators.Or(true, null));
        Assert.Null(CypherOperators.Or(false, null));
        Assert.Null(CypherOperators.Xor(true, null));
        Assert.Equal(true, CypherOperators.Xor(true, false));
        Assert.Null(CypherOperators.Not(null));
        Assert.Equal(false, CypherOperators.Not(true));
    }

    [Fact]
    public void Boolean_operators_reject_non_booleans() =>
        Assert.Equal(StatusCodes.TypeError, Fails(() => CypherOperators.And(1L, true)).Code);

    [Fact]
    public void In_finds_equal_elements_and_otherwise_reports_null_if_a_comparison_was_null()
    {
        Assert.Equal(true, CypherOperators.In(1L, List(null, 1.0)));
        Assert.Null(CypherOperators.In(5L, List(1L, 2L, null)));
        Assert.Equal(false, CypherOperators.In(5L, List(1L, 2L)));
        Assert.Equal(false, CypherOperators.In(null, List()));
        Assert.Null(CypherOperators.In(null, List(1L)));
        Assert.Null(CypherOperators.In(1L, null));
        Assert.Equal(true, CypherOperators.In(List(1L, 2L), List(List(1L, 2L))));
        Assert.Equal(false, CypherOperators.In(List(1L), List(List(1L, 2L))));
    }

    [Fact]
    public void In_on_a_non_list_is_a_type_error() =>
        Assert.Equal(StatusCodes.TypeError, Fails(() => CypherOperators.In(1L, 2L)).Code);

    [Fact]
    public void String_predicates_are_null_unless_both_sides_are_strings()
    {
        Assert.Equal(true, CypherOperators.StartsWith("Kosovo", "Ko"));
        Assert.Equal(true, CypherOperators.EndsWith("Kosovo", "vo"));
        Assert.Equal(true, CypherOperators.Contains("Kosovo", "sov"));
        Assert.Equal(true, CypherOperators.Contains("Kosovo", string.Empty));
        Assert.Equal(false, CypherOperators.StartsWith("Kosovo", "ko"));
        Assert.Null(CypherOperators.StartsWith("Kosovo", null));
        Assert.Null(CypherOperators.Contains(1L, "1"));
    }

    [Fact]
    public void Regex_match_must_cover_the_whole_string()
    {
        Assert.Equal(true, CypherOperators.RegexMatch("Kosovo", "K.*"));
        Assert.Equal(false, CypherOperators.RegexMatch("Kosovo", "sov"));
        Assert.Equal(true, CypherOperators.RegexMatch("KOSOVO", "(?i)kosovo"));
        Assert.Null(CypherOperators.RegexMatch(null, "a"));
    }

    [Fact]
    public void An_invalid_regex_is_an_argument_error() =>
        Assert.Equal(StatusCodes.ArgumentError, Fails(() => CypherOperators.RegexMatch("a", "(")).Code);

    [Fact]
    public void Subscript_indexes_lists_from_either_end_and_maps_by_key()
    {
        var list = List(1L, 2L, 3L);
        Assert.Equal(1L, CypherOperators.Subscript(list, 0L));
        Assert.Equal(3L, CypherOperators.Subscript(list, -1L));
        Assert.Null(CypherOperators.Subscript(list, 3L));
        Assert.Equal("Mats", CypherOperators.Subscript(Map(("name", "Mats")), "name"));
        Assert.Null(CypherOperators.Subscript(Map(("name", "Mats")), "Name"));
    }

    [Fact]
    public void Subscript_with_wrong_types_is_a_type_error()
    {
        Assert.Equal("InvalidArgumentType", Fails(() => CypherOperators.Subscript("1", 0L)).Detail);
        Assert.Equal("InvalidArgumentType", Fails(() => CypherOperators.Subscript(List(1L), 1.5)).Detail);
        Assert.Equal("MapElementAccessByNonString", Fails(() => CypherOperators.Subscript(Map(("a", 1L)), 0L)).Detail);
    }

    [Fact]
    public void Slice_clamps_bounds_and_counts_negative_bounds_from_the_end()
    {
        var list = List(1L, 2L, 3L, 4L, 5L);
        Assert.Equal(List(2L, 3L), CypherOperators.Slice(list, 1L, true, 3L, true));
        Assert.Equal(List(4L, 5L), CypherOperators.Slice(list, -2L, true, null, false));
        Assert.Equal(List(1L, 2L), CypherOperators.Slice(list, null, false, 2L, true));
        Assert.Equal(List(), CypherOperators.Slice(list, 3L, true, 1L, true));
        Assert.Equal(List(1L, 2L, 3L, 4L, 5L), CypherOperators.Slice(list, -10L, true, 10L, true));
        Assert.Null(CypherOperators.Slice(list, null, true, 2L, true));
    }
}
