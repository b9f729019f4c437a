using GraphExplorer.Engine.Values;
using static GraphExplorer.Engine.Functions.FunctionArguments;

namespace GraphExplorer.Engine.Functions;

internal static partial class ScalarFunctions
{
    private static void RegisterMathFunctions(Dictionary<string, Registration> registry)
    {
        Add(registry, "abs", 1, 1, Abs);
        Add(registry, "sign", 1, 1, a => a[0] switch
        {
            null => null,
            long l => (long)Math.Sign(l),
            double d => double.IsNaN(d) ? 0L : (long)Math.Sign(d),
            var other => throw Mismatch("sign", "a number", other),
        });
        Add(registry, "ceil", 1, 1, a => Unary("ceil", a, Math.Ceiling));
        Add(registry, "floor", 1, 1, a => Unary("floor", a, Math.Floor));
        Add(registry, "round", 1, 3, Rounding.Round);
        Add(registry, "sqrt", 1, 1, a => Unary("sqrt", a, Math.Sqrt));
        Add(registry, "cbrt", 1, 1, a => Unary("cbrt", a, Math.Cbrt));
        Add(registry, "exp", 1, 1, a => Unary("exp", a, Math.Exp));
        Add(registry, "log", 1, 1, a => Unary("log", a, Math.Log));
        Add(registry, "log10", 1, 1, a => Unary("log10", a, Math.Log10));
        Add(registry, "sin", 1, 1, a => Unary("sin", a, Math.Sin));
        Add(registry, "cos", 1, 1, a => Unary("cos", a, Math.Cos));
        Add(registry, "tan", 1, 1, a => Unary("tan", a, Math.Tan));
        Add(registry, "cot", 1, 1, a => Unary("cot", a, x => 1 / Math.Tan(x)));
        Add(registry, "asin", 1, 1, a => Unary("asin", a, Math.Asin));
        Add(registry, "acos", 1, 1, a => Unary("acos", a, Math.Acos));
        Add(registry, "atan", 1, 1, a => Unary("atan", a, Math.Atan));
        Add(registry, "atan2", 2, 2, a => a[0] is null || a[1] is null ? null : Math.Atan2(Number("atan2", a[0]), Number("atan2", a[1])));
        Add(registry, "sinh", 1, 1, a => Unary("sinh", a, Math.Sinh));
        Add(registry, "cosh", 1, 1, a => Unary("cosh", a, Math.Cosh));
        Add(registry, "tanh", 1, 1, a => Unary("tanh", a, Math.Tanh));
        Add(registry, "coth", 1, 1, a => Unary("coth", a, x => Math.Cosh(x) / Math.Sinh(x)));
        Add(registry, "haversin", 1, 1, a => Unary("haversin", a, x => (1 - Math.Cos(x)) / 2));
        Add(registry, "degrees", 1, 1, a => Unary("degrees", a, x => x * 180 / Math.PI));
        Add(registry, "radians", 1, 1, a => Unary("radians", a, x => x * Math.PI / 180));
        Add(registry, "isNaN", 1, 1, a => a[0] switch
        {
            null => null,
            long => false,
            double d => double.IsNaN(d),
            var other => throw Mismatch("isNaN", "a number", other),
        });
        Add(registry, "pi", 0, 0, _ => Math.PI);
        Add(registry, "e", 0, 0, _ => Math.E);
        Add(registry, "rand", 0, 0, _ => Random.Shared.NextDouble());
    }

    private static object? Unary(string name, IReadOnlyList<object?> arguments, Func<double, double> operation) =>
        arguments[0] is null ? null : operation(Number(name, arguments[0]));

    private static object? Abs(IReadOnlyList<object?> arguments) => arguments[0] switch
    {
        null => null,
        long.MinValue => throw CypherErrors.IntegerOverflow(),
        long l => Math.Abs(l),
        double d => Math.Abs(d),
        var other => throw Mismatch("abs", "a number", other),
    };
}
