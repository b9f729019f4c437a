using GraphExplorer.Graph.Errors;
using static GraphExplorer.Engine.Tests.Functions.Call;
using static GraphExplorer.Engine.Tests.Values.TestValues;

namespace GraphExplorer.Engine.Tests.Functions;

public sealed class MathFunctionsTests
{
    [Fact]
    public void Abs_keeps_the_number_type()
    {
        Assert.Equal(1L, Function("abs", -1L));
        Assert.Equal(1.5, Function("abs", -1.5));
        Assert.Null(Function("abs", [null]));
    }

    [Fact]
    public void Abs_of_the_smallest_integer_overflows() =>
        Assert.Equal(StatusCodes.ArithmeticError, Fails(() => Function("abs", long.MinValue)).Code);

    [Fact]
    public void Numeric_functions_reject_non_numbers()
    {
        var error = Fails(() => Function("sqrt", "4"));
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Equal(StatusCodes.TypeError, Fails(() => Function("abs", true)).Code);
    }

    [Fact]
    public void Ceil_floor_and_sqrt_return_floats()
    {
        Assert.Equal(2.0, Function("ceil", 1.1));
        Assert.Equal(1.0, Function("floor", 1.9));
        Assert.Equal(3.0, Function("ceil", 3L));
        Assert.Equal(3.6, Function("sqrt", 12.96));
        Assert.True(double.IsNaN((double)Function("sqrt", -1L)!));
    }

    [Theory]
    [InlineData(2.5, 3.0)]
    [InlineData(-2.5, -2.0)]
    [InlineData(-1.5, -1.0)]
    [InlineData(2.4, 2.0)]
    [InlineData(0.49999999999999994, 0.0)]
    public void Round_rounds_half_up_toward_positive_infinity(double value, double expected) =>
        Assert.Equal(expected, Function("round", value));

    [Theory]
    [InlineData(3.141592, 3L, "HALF_UP", 3.142)]
    [InlineData(-1.55, 1L, "HALF_UP", -1.6)]
    [InlineData(2.675, 2L, "HALF_EVEN", 2.68)]
    [InlineData(2.665, 2L, "HALF_EVEN", 2.66)]
    [InlineData(1.25, 1L, "HALF_DOWN", 1.2)]
    [InlineData(1.21, 1L, "UP", 1.3)]
    [InlineData(-1.21, 1L, "UP", -1.3)]
    [InlineData(1.29, 1L, "DOWN", 1.2)]
    [InlineData(-1.21, 1L, "CEILING", -1.2)]
    [InlineData(-1.21, 1L, "FLOOR", -1.3)]
    [InlineData(1234.5, -2L, "HALF_UP", 1200.0)]
    public void Round_with_precision_uses_the_rounding_mode(double value, long precision, string mode, double expected) =>
        Assert.Equal(expected, Function("round", value, precision, mode));

    [Fact]
    public void Round_with_an_unknown_mode_is_an_argument_error() =>
        Assert.Equal(StatusCodes.ArgumentError, Fails(() => Function("round", 1.5, 0L, "SIDEWAYS")).Code);

    [Fact]
    public void Sign_returns_an_integer()
    {
        Assert.Equal(-1L, Function("sign", -1.5));
        Assert.Equal(0L, Function("sign", 0L));
        Assert.Equal(1L, Function("sign", 42L));
    }

    [Fact]
    public void Logarithms_and_exponentials_follow_ieee()
    {
        Assert.Equal(1.0, Function("log", Math.E));
        Assert.Equal(3.0, Function("log10", 1000L));
        Assert.Equal(double.NegativeInfinity, Function("log", 0L));
        Assert.Equal(Math.E, Function("exp", 1L));
    }

    [Fact]
    public void Trigonometric_functions_work_in_radians()
    {
        Assert.Equal(0.0, (double)Function("sin", 0L)!, 12);
        Assert.Equal(1.0, (double)Function("cos", 0L)!, 12);
        Assert.Equal(Math.PI / 4, (double)Function("atan2", 1L, 1L)!, 12);
        Assert.Equal(180.0, (double)Function("degrees", Math.PI)!, 12);
        Assert.Equal(Math.PI, (double)Function("radians", 180L)!, 12);
        Assert.Equal(0.5, (double)Function("haversin", Math.PI / 2)!, 12);
        Assert.Equal(1.0, (double)Function("cot", Math.PI / 4)!, 12);
    }

    [Fact]
    public void Hyperbolic_functions_of_integers_and_floats()
    {
        Assert.Equal(0.0, (double)Function("sinh", 0L)!, 12);
        Assert.Equal(1.0, (double)Function("cosh", 0L)!, 12);
        Assert.Equal(0.0, (double)Function("tanh", 0.0)!, 12);
        Assert.Equal(Math.Sinh(0.5), (double)Function("sinh", 0.5)!, 12);
        Assert.Equal(Math.Tanh(0.5), (double)Function("tanh", 0.5)!, 12);
        Assert.Equal(Math.Cosh(0.5) / Math.Sinh(0.5), (double)Function("coth", 0.5)!, 12);
        Assert.Equal(double.PositiveInfinity, Function("coth", 0L));
    }

    [Fact]
    public void Constants_and_rand()
    {
        Assert.Equal(Math.PI, Function("pi"));
        Assert.Equal(Math.E, Function("e"));
        Assert.InRange((double)Function("rand")!, 0.0, 1.0);
    }

    [Fact]
    public void IsNaN_detects_nan() => Assert.Equal(true, Function("isNaN", double.NaN));

    [Fact]
    public void Functions_report_their_arity()
    {
        Assert.True(Engine.Functions.ScalarFunctions.TryGetArity("round", out var min, out var max));
        Assert.Equal((1, 3), (min, max));
        Assert.True(Engine.Functions.ScalarFunctions.TryGetArity("coalesce", out _, out var variadic));
        Assert.Equal(int.MaxValue, variadic);
        Assert.False(Engine.Functions.ScalarFunctions.TryGetArity("labels", out _, out _));
        Assert.False(Engine.Functions.ScalarFunctions.TryGet("noSuchFunction", out _));
    }
}
