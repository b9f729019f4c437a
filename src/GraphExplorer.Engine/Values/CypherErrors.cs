using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Values;

/// <summary>Builds the runtime errors that value operations and functions raise, with Neo4j codes and TCK names.</summary>
internal static class CypherErrors
{
    /// <summary>TCK name for a value of the wrong type.</summary>
    public const string InvalidArgumentType = "InvalidArgumentType";

    /// <summary>TCK name for a value of the right type that a function cannot use.</summary>
    public const string InvalidArgumentValue = "InvalidArgumentValue";

    /// <summary>TCK name for a number outside the range an operation accepts.</summary>
    public const string NumberOutOfRange = "NumberOutOfRange";

    /// <summary>TCK name for a negative number where a count or length is expected.</summary>
    public const string NegativeIntegerArgument = "NegativeIntegerArgument";

    /// <summary>TCK name for integer arithmetic that leaves the 64-bit range.</summary>
    public const string IntegerOverflowName = "IntegerOverflow";

    /// <summary>A <c>Neo.ClientError.Statement.TypeError</c> raised at runtime.</summary>
    public static CypherException TypeError(string message, string detail = InvalidArgumentType) =>
        new(StatusCodes.TypeError, message, ErrorPhase.Runtime, detail);

    /// <summary>A <c>Neo.ClientError.Statement.ArgumentError</c> raised at runtime.</summary>
    public static CypherException ArgumentError(string message, string detail = InvalidArgumentValue) =>
        new(StatusCodes.ArgumentError, message, ErrorPhase.Runtime, detail);

    /// <summary>A <c>Neo.ClientError.Statement.ArithmeticError</c> raised at runtime.</summary>
    public static CypherException ArithmeticError(string message, string? detail = null) =>
        new(StatusCodes.ArithmeticError, message, ErrorPhase.Runtime, detail);

    /// <summary>The error for integer arithmetic that overflows 64 bits.</summary>
    public static CypherException IntegerOverflow() => ArithmeticError("integer overflow", IntegerOverflowName);

    /// <summary>The error for an integer division or modulo by zero (Java's wording, as Neo4j reports it).</summary>
    public static CypherException DivisionByZero() => ArithmeticError("/ by zero");
}
