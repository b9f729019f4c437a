using GraphExplorer.Graph.Errors;
using static GraphExplorer.Engine.Tests.Functions.Call;
using static GraphExplorer.Engine.Tests.Values.TestValues;

namespace GraphExplorer.Engine.Tests.Functions;

public sealed class StringFunctionsTests
{
    [Fact]
    public void Function_names_are_case_insensitive() => Assert.Equal("ABC", Function("TOUPPER", "abc"));

    [Fact]
    public void Case_functions_convert_and_pass_null_through()
    {
        Assert.Equal("KOSOVO", Function("toUpper", "Kosovo"));
        Assert.Equal("kosovo", Function("toLower", "Kosovo"));
        Assert.Equal("KOSOVO", Function("upper", "Kosovo"));
        Assert.Equal("kosovo", Function("lower", "Kosovo"));
        Assert.Null(Function("toUpper", [null]));
    }

    [Fact]
    public void Case_functions_reject_non_strings()
    {
        var error = Fails(() => Function("toUpper", 1L));
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Equal(ErrorPhase.Runtime, error.Phase);
    }

    [Fact]
    public void Trim_functions_remove_whitespace_from_the_chosen_ends()
    {
        Assert.Equal("a b", Function("trim", "  a b \t"));
        Assert.Equal("a  ", Function("ltrim", "  a  "));
        Assert.Equal("  a", Function("rtrim", "  a  "));
        Assert.Equal("a", Function("btrim", "xxaxx", "x"));
    }

    [Fact]
    public void Replace_replaces_every_occurrence()
    {
        Assert.Equal("heLLo", Function("replace", "hello", "l", "L"));
        Assert.Equal("-a-b-", Function("replace", "ab", string.Empty, "-"));
        Assert.Null(Function("replace", "hello", null, "L"));
    }

    [Fact]
    public void Substring_takes_start_and_optional_length()
    {
        Assert.Equal("123456789", Function("substring", "0123456789", 1L));
        Assert.Equal("12", Function("substring", "0123456789", 1L, 2L));
        Assert.Equal("89", Function("substring", "0123456789", 8L, 10L));
        Assert.Equal(string.Empty, Function("substring", "012", 5L));
        Assert.Null(Function("substring", null, 1L));
    }

    [Fact]
    public void Substring_with_a_negative_start_or_length_is_an_argument_error()
    {
        Assert.Equal(StatusCodes.ArgumentError, Fails(() => Function("substring", "abc", -1L)).Code);
        var error = Fails(() => Function("substring", "abc", 0L, -1L));
        Assert.Equal(StatusCodes.ArgumentError, error.Code);
        Assert.Equal("NegativeIntegerArgument", error.Detail);
    }

    [Fact]
    public void Left_and_right_take_a_prefix_or_suffix()
    {
        Assert.Equal("Kos", Function("left", "Kosovo", 3L));
        Assert.Equal("ovo", Function("right", "Kosovo", 3L));
        Assert.Equal("Kosovo", Function("left", "Kosovo", 30L));
        Assert.Null(Function("right", null, 3L));
    }

    [Fact]
    public void Left_with_a_negative_length_is_an_argument_error() =>
        Assert.Equal(StatusCodes.ArgumentError, Fails(() => Function("left", "abc", -1L)).Code);

    [Fact]
    public void Split_keeps_empty_parts_and_accepts_several_delimiters()
    {
        Assert.Equal(List("one", "two"), Function("split", "one1two", "1"));
        Assert.Equal(List("a", "b", string.Empty), Function("split", "a,b,", ","));
        Assert.Equal(List("a", "b", "c"), Function("split", "a,b;c", List(",", ";")));
        Assert.Equal(List("a", "b"), Function("split", "ab", string.Empty));
        Assert.Null(Function("split", null, ","));
    }

    [Fact]
    public void Reverse_reverses_strings() => Assert.Equal("Oskar", Function("reverse", "raksO"));

    [Fact]
    public void Size_counts_string_characters() => Assert.Equal(6L, Function("size", "Kosovo"));

    [Fact]
    public void String_positions_count_code_points_not_utf16_units()
    {
        Assert.Equal(3L, Function("size", "a😀b"));
        Assert.Equal("😀b", Function("substring", "a😀b", 1L));
        Assert.Equal("a😀", Function("left", "a😀b", 2L));
        Assert.Equal("😀b", Function("right", "a😀b", 2L));
        Assert.Equal(List("a", "😀"), Function("split", "a😀", string.Empty));
        Assert.Equal("b😀a", Function("reverse", "a😀b"));
    }

    [Fact]
    public void Char_length_counts_code_points() => Assert.Equal(2L, Function("char_length", "a😀"));

    [Fact]
    public void Normalize_defaults_to_nfc() => Assert.Equal("\u00e9", Function("normalize", "e\u0301"));
}
