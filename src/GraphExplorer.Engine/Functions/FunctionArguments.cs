using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Functions;

/// <summary>Argument checks shared by the scalar functions: each raises a runtime TypeError naming the function.</summary>
internal static class FunctionArguments
{
    /// <summary>The argument as a string; anything else (except null, which callers test first) is a type error.</summary>
    public static string String(string function, object? value) =>
        value as string ?? throw Mismatch(function, "STRING", value);

    /// <summary>The argument as an INTEGER.</summary>
    public static long Integer(string function, object? value) =>
        value is long l ? l : throw Mismatch(function, "INTEGER", value);

    /// <summary>The argument as a number widened to a double.</summary>
    public static double Number(string function, object? value) =>
        value is long or double ? CypherTypes.ToDouble(value) : throw Mismatch(function, "a number", value);

    /// <summary>The argument as a list.</summary>
    public static IReadOnlyList<object?> List(string function, object? value) =>
        value as IReadOnlyList<object?> ?? throw Mismatch(function, "LIST", value);

    /// <summary>The argument as a map.</summary>
    public static IReadOnlyDictionary<string, object?> Map(string function, object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw Mismatch(function, "MAP", value);

    /// <summary>The runtime type error for a function argument of the wrong type (the TCK's InvalidArgumentValue).</summary>
    public static Graph.Errors.CypherException Mismatch(string function, string expected, object? value) =>
        CypherErrors.TypeError(
            $"Invalid input for function '{function}()': expected {expected} but got {CypherTypes.TypeName(value)}.",
            CypherErrors.InvalidArgumentValue);

    /// <summary>The runtime argument error for a value of the right type outside what the function accepts.</summary>
    public static Graph.Errors.CypherException OutOfRange(string function, string message, string detail = CypherErrors.NumberOutOfRange) =>
        CypherErrors.ArgumentError($"Invalid input for function '{function}()': {message}", detail);
}
