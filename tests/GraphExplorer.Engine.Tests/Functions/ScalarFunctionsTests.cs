using GraphExplorer.Engine.Functions;
using GraphExplorer.Graph.Errors;
using static GraphExplorer.Engine.Tests.Functions.Call;
using static GraphExplorer.Engine.Tests.Values.TestValues;

namespace GraphExplorer.Engine.Tests.Functions;

public sealed class ScalarFunctionsTests
{
    [Theory]
    [InlineData("toUpper")]
    [InlineData("toLower")]
    [InlineData("trim")]
    [InlineData("ltrim")]
    [InlineData("rtrim")]
    [InlineData("reverse")]
    [InlineData("size")]
    [InlineData("abs")]
    [InlineData("ceil")]
    [InlineData("floor")]
    [InlineData("round")]
    [InlineData("sign")]
    [InlineData("sqrt")]
    [InlineData("exp")]
    [InlineData("log")]
    [InlineData("log10")]
    [InlineData("sin")]
    [InlineData("cos")]
    [InlineData("tan")]
    [InlineData("asin")]
    [InlineData("acos")]
    [InlineData("atan")]
    [InlineData("cot")]
    [InlineData("sinh")]
    [InlineData("cosh")]
    [InlineData("tanh")]
    [InlineData("coth")]
    [InlineData("degrees")]
    [InlineData("radians")]
    [InlineData("haversin")]
    [InlineData("head")]
    [InlineData("last")]
    [InlineData("tail")]
    [InlineData("keys")]
    [InlineData("properties")]
    [InlineData("toInteger")]
    [InlineData("toFloat")]
    [InlineData("toBoolean")]
    [InlineData("toString")]
    [InlineData("toIntegerList")]
    [InlineData("date")]
    [InlineData("datetime")]
    [InlineData("localdatetime")]
    [InlineData("localtime")]
    [InlineData("time")]
    [InlineData("duration")]
    [InlineData("char_length")]
    [InlineData("isEmpty")]
    public void Null_in_gives_null_out(string name) => Assert.Null(Function(name, [null]));

    [Theory]
    [InlineData("replace", 3)]
    [InlineData("split", 2)]
    [InlineData("atan2", 2)]
    [InlineData("left", 2)]
    [InlineData("right", 2)]
    [InlineData("substring", 2)]
    public void A_null_subject_gives_null_for_functions_of_several_arguments(string name, int arity) =>
        Assert.Null(Function(name, [.. Enumerable.Repeat<object?>(null, arity)]));

    [Theory]
    [InlineData("toUpper")]
    [InlineData("toLower")]
    [InlineData("trim")]
    [InlineData("ltrim")]
    [InlineData("rtrim")]
    [InlineData("char_length")]
    public void String_functions_reject_numbers(string name)
    {
        var error = Fails(() => Function(name, 42L));
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Equal(ErrorPhase.Runtime, error.Phase);
        Assert.Equal("InvalidArgumentValue", error.Detail);
    }

    [Theory]
    [InlineData("abs")]
    [InlineData("ceil")]
    [InlineData("floor")]
    [InlineData("round")]
    [InlineData("sign")]
    [InlineData("sqrt")]
    [InlineData("exp")]
    [InlineData("log")]
    [InlineData("log10")]
    [InlineData("sin")]
    [InlineData("cos")]
    [InlineData("tan")]
    [InlineData("asin")]
    [InlineData("acos")]
    [InlineData("atan")]
    [InlineData("cot")]
    [InlineData("sinh")]
    [InlineData("cosh")]
    [InlineData("tanh")]
    [InlineData("coth")]
    [InlineData("degrees")]
    [InlineData("radians")]
    [InlineData("haversin")]
    [InlineData("isNaN")]
    public void Numeric_functions_reject_strings(string name) =>
        Assert.Equal(StatusCodes.TypeError, Fails(() => Function(name, "1")).Code);

    [Theory]
    [InlineData("head")]
    [InlineData("last")]
    [InlineData("tail")]
    [InlineData("toIntegerList")]
    [InlineData("toFloatList")]
    [InlineData("toStringList")]
    [InlineData("toBooleanList")]
    public void List_functions_reject_maps(string name) =>
        Assert.Equal(StatusCodes.TypeError, Fails(() => Function(name, Map(("a", 1L)))).Code);

    [Theory]
    [InlineData("date")]
    [InlineData("datetime")]
    [InlineData("localdatetime")]
    [InlineData("localtime")]
    [InlineData("time")]
    [InlineData("duration")]
    public void Temporal_constructors_reject_numbers(string name) =>
        Assert.Equal(StatusCodes.TypeError, Fails(() => Function(name, 42L)).Code);

    [Fact]
    public void Every_registered_function_has_a_sane_arity()
    {
        foreach (var name in ScalarFunctions.Names)
        {
            Assert.True(ScalarFunctions.TryGetArity(name, out var min, out var max), name);
            Assert.InRange(min, 0, 3);
            Assert.True(max >= min, name);
            Assert.False(Aggregates.IsAggregate(name), name);
        }
    }

    [Fact]
    public void Namespaced_names_are_looked_up_whole() =>
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(0), Function("DateTime.FromEpochMillis", 0L));
}
