using GraphExplorer.Graph.Errors;
using GraphExplorer.Tck.Features;

namespace GraphExplorer.Tck.Running;

/// <summary>
/// The one place that maps the TCK's error types to Neo4j status codes, and checks a raised
/// <see cref="CypherException"/> against a <c>Then a TYPE should be raised at PHASE: DETAIL</c> step.
/// </summary>
internal static class ErrorExpectation
{
    /// <summary>
    /// TCK error type → the Neo4j status codes that satisfy it. A type missing here is satisfied by
    /// any code whose last segment equals it; <c>Error</c> is satisfied by any code.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> CodesByTckType { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["SyntaxError"] = [StatusCodes.SyntaxError],
            ["SemanticError"] = [StatusCodes.SemanticError],
            ["TypeError"] = [StatusCodes.TypeError],
            ["ArgumentError"] = [StatusCodes.ArgumentError],
            ["ArithmeticError"] = [StatusCodes.ArithmeticError],
            ["EntityNotFound"] = [StatusCodes.EntityNotFound],
            ["ParameterMissing"] = [StatusCodes.ParameterMissing],
            ["ConstraintVerificationFailed"] = [StatusCodes.ConstraintValidationFailed],
            ["ConstraintValidationFailed"] = [StatusCodes.ConstraintValidationFailed],
            ["ProcedureError"] = [StatusCodes.ProcedureNotFound, StatusCodes.ProcedureCallFailed],
        };

    /// <summary>Why <paramref name="error"/> does not satisfy <paramref name="expected"/>, or <c>null</c> when it does.</summary>
    public static string? Mismatch(ExpectErrorStep expected, CypherException error)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(error);
        var problems = new List<string>();
        if (!TypeMatches(expected.ErrorType, error.Code))
        {
            problems.Add("type");
        }

        var phaseMatches = expected.Timing switch
        {
            ErrorTiming.CompileTime => error.Phase == ErrorPhase.Compile,
            ErrorTiming.Runtime => error.Phase == ErrorPhase.Runtime,
            _ => true,
        };
        if (!phaseMatches)
        {
            problems.Add("phase");
        }

        if (!DetailMatches(expected.Detail, error.Detail))
        {
            problems.Add("detail");
        }

        return problems.Count == 0
            ? null
            : $"wrong error ({string.Join(", ", problems)}): expected {Describe(expected)}, got {Describe(error)}";
    }

    /// <summary>Whether a Neo4j status code satisfies a TCK error type.</summary>
    public static bool TypeMatches(string tckType, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (tckType == "Error")
        {
            return true;
        }

        return CodesByTckType.TryGetValue(tckType, out var codes)
            ? codes.Contains(code, StringComparer.Ordinal)
            : code.EndsWith("." + tckType, StringComparison.Ordinal);
    }

    /// <summary>The expectation as the TCK writes it.</summary>
    public static string Describe(ExpectErrorStep expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var phase = expected.Timing switch
        {
            ErrorTiming.CompileTime => "compile time",
            ErrorTiming.Runtime => "runtime",
            _ => "any time",
        };
        return $"{expected.ErrorType} at {phase}: {expected.Detail}";
    }

    /// <summary>A raised error in the same shape: code's last segment, phase, detail and message.</summary>
    public static string Describe(CypherException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var phase = error.Phase == ErrorPhase.Compile ? "compile time" : "runtime";
        return $"{LastSegment(error.Code)} at {phase}: {error.Detail ?? "(no detail)"} — {FirstLine(error.Message)}";
    }

    /// <summary>The last dot-separated segment of a status code.</summary>
    public static string LastSegment(string code) => code[(code.LastIndexOf('.') + 1)..];

    private static bool DetailMatches(string expected, string? actual) =>
        expected.Length == 0 || expected == "*" || string.Equals(expected, actual, StringComparison.Ordinal);

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
