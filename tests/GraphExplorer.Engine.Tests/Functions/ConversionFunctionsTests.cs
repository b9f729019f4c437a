using GraphExplorer.Graph.Errors;
using GraphExplorer.Graph.Values;
using static GraphExplorer.Engine.Tests.Functions.Call;
using static GraphExplorer.Engine.Tests.Values.TestValues;

namespace GraphExplorer.Engine.Tests.Functions;

public sealed class ConversionFunctionsTests
{
    [Theory]
    [InlineData(82.9, 82L)]
    [InlineData(-1.9, -1L)]
    [InlineData(2L, 2L)]
    [InlineData("42", 42L)]
    [InlineData("1.7", 1L)]
    [InlineData("-2.9", -2L)]
    [InlineData(true, 1L)]
    [InlineData(false, 0L)]
    public void ToInteger_converts_numbers_strings_and_booleans(object value, long expected) =>
        Assert.Equal(expected, Function("toInteger", value));

    [Theory]
    [InlineData("foo")]
    [InlineData("")]
    [InlineData(null)]
    public void ToInteger_of_unparsable_text_or_null_is_null(string? value) => Assert.Null(Function("toInteger", value));

    [Fact]
    public void ToInteger_of_a_list_is_a_type_error()
    {
        var error = Fails(() => Function("toInteger", List()));
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Equal("InvalidArgumentValue", error.Detail);
        Assert.Equal(StatusCodes.TypeError, Fails(() => Function("toInteger", Node(1))).Code);
    }

    [Theory]
    [InlineData(3L, 3.0)]
    [InlineData(3.4, 3.4)]
    [InlineData("5", 5.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData(" 2.5 ", 2.5)]
    public void ToFloat_converts_numbers_and_strings(object value, double expected) =>
        Assert.Equal(expected, Function("toFloat", value));

    [Fact]
    public void ToFloat_of_unparsable_text_is_null() => Assert.Null(Function("toFloat", "foo"));

    [Fact]
    public void ToFloat_of_a_boolean_is_a_type_error() =>
        Assert.Equal("InvalidArgumentValue", Fails(() => Function("toFloat", true)).Detail);

    [Theory]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData(true, true)]
    [InlineData(0L, false)]
    [InlineData(5L, true)]
    public void ToBoolean_converts_strings_booleans_and_integers(object value, bool expected) =>
        Assert.Equal(expected, Function("toBoolean", value));

    [Theory]
    [InlineData("")]
    [InlineData(" tru ")]
    [InlineData("f alse")]
    public void ToBoolean_of_other_text_is_null(string value) => Assert.Null(Function("toBoolean", value));

    [Fact]
    public void ToBoolean_of_a_float_is_a_type_error() =>
        Assert.Equal(StatusCodes.TypeError, Fails(() => Function("toBoolean", 1.0)).Code);

    [Theory]
    [InlineData(42L, "42")]
    [InlineData(1.0, "1.0")]
    [InlineData(2.3, "2.3")]
    [InlineData(1e10, "1.0E10")]
    [InlineData(true, "true")]
    [InlineData("apa", "apa")]
    public void ToString_formats_scalars_like_neo4j(object value, string expected) =>
        Assert.Equal(expected, Function("toString", value));

    [Fact]
    public void ToString_formats_temporals_as_iso_text()
    {
        Assert.Equal("2025-06-01", Function("toString", new DateOnly(2025, 6, 1)));
        Assert.Equal("2025-06-01T10:00", Function("toString", new DateTime(2025, 6, 1, 10, 0, 0)));
        Assert.Equal("2025-06-01T10:00:05", Function("toString", new DateTime(2025, 6, 1, 10, 0, 5)));
        Assert.Equal("2025-06-01T10:00Z", Function("toString", new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2025-06-01T10:00:00.500+02:00", Function("toString", new DateTimeOffset(2025, 6, 1, 10, 0, 0, 500, TimeSpan.FromHours(2))));
        Assert.Equal("12:31:14.645876100", Function("toString", new TimeOnly(12, 31, 14).Add(TimeSpan.FromTicks(6458761))));
        Assert.Equal("12:31:14.645876", Function("toString", new TimeOnly(12, 31, 14).Add(TimeSpan.FromTicks(6458760))));
        Assert.Equal("P1Y2M3DT4H5M6.5S", Function("toString", new CypherDuration(14, 3, (4 * 3600) + (5 * 60) + 6, 500_000_000)));
        Assert.Equal("PT0S", Function("toString", new CypherDuration(0, 0, 0, 0)));
        Assert.Equal("PT-1.5S", Function("toString", new CypherDuration(0, 0, -2, 500_000_000)));
    }

    [Fact]
    public void ToString_of_a_map_is_a_type_error() =>
        Assert.Equal("InvalidArgumentValue", Fails(() => Function("toString", Map())).Detail);

    [Fact]
    public void OrNull_variants_return_null_instead_of_failing()
    {
        Assert.Null(Function("toIntegerOrNull", List()));
        Assert.Null(Function("toFloatOrNull", true));
        Assert.Null(Function("toBooleanOrNull", 1.0));
        Assert.Null(Function("toStringOrNull", Map()));
        Assert.Equal(3L, Function("toIntegerOrNull", "3"));
    }

    [Fact]
    public void List_variants_convert_each_element_and_null_out_failures()
    {
        Assert.Equal(List(1L, 2L, null, null), Function("toIntegerList", List("1", 2.5, "x", List())));
        Assert.Equal(List(1.0, null), Function("toFloatList", List(1L, "x")));
        Assert.Equal(List(true, null), Function("toBooleanList", List("true", 1.5)));
        Assert.Equal(List("1", "1.5", null), Function("toStringList", List(1L, 1.5, Map())));
        Assert.Null(Function("toIntegerList", [null]));
    }

    [Fact]
    public void List_variants_reject_non_lists() =>
        Assert.Equal(StatusCodes.TypeError, Fails(() => Function("toIntegerList", "1")).Code);
}
