using System.Globalization;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Errors;

/// <summary>The errors the planner, executor and store raise, with Neo4j's codes and wording and the TCK's names.</summary>
internal static class EngineErrors
{
    /// <summary>A write broke a unique constraint.</summary>
    public static CypherException UniqueViolation(string kind, long id, string label, IReadOnlyList<string> properties, object? key)
    {
        var what = properties.Count == 1
            ? $"property `{properties[0]}` = {Format(key)}"
            : $"properties {string.Join(", ", properties.Select((p, i) => $"`{p}` = {Format(key is object?[] values ? values[i] : null)}"))}";
        return new CypherException(
            StatusCodes.ConstraintValidationFailed,
            $"{kind}({id}) already exists with label `{label}` and {what}",
            ErrorPhase.Runtime);
    }

    /// <summary>A write left a required property missing.</summary>
    public static CypherException PresenceViolation(string kind, long id, string label, string property) =>
        new(StatusCodes.ConstraintValidationFailed, $"{kind}({id}) with label `{label}` must have the property `{property}`", ErrorPhase.Runtime);

    /// <summary>A node with relationships was deleted without DETACH.</summary>
    public static CypherException DeleteConnectedNode(long id) =>
        new(
            StatusCodes.ConstraintValidationFailed,
            $"Cannot delete node<{id}>, because it still has relationships. To delete this node, you must first delete its relationships.",
            ErrorPhase.Runtime,
            "DeleteConnectedNode");

    /// <summary>A deleted node or relationship was read.</summary>
    public static CypherException DeletedEntityAccess(string kind, long id) =>
        new(StatusCodes.EntityNotFound, $"{kind} with id {id} has been deleted in this transaction", ErrorPhase.Runtime, "DeletedEntityAccess");

    /// <summary>A parameter the statement uses was not given.</summary>
    public static CypherException ParameterMissing(string name, TextPosition? position) =>
        new(StatusCodes.ParameterMissing, $"Expected parameter(s): {name}", ErrorPhase.Compile, "MissingParameter", position);

    /// <summary>A write was attempted in a read transaction.</summary>
    public static CypherException WriteInReadMode() =>
        new(StatusCodes.AccessMode, "Writing in read access mode not allowed.", ErrorPhase.Compile);

    /// <summary>The statement ran past its timeout.</summary>
    public static CypherException TimedOut() =>
        new(
            StatusCodes.TransactionTimedOut,
            "The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the specified timeout (dbms.transaction.timeout).",
            ErrorPhase.Runtime);

    /// <summary>The caller cancelled the statement (a request timeout, typically): reported as a timeout, as the brief of the port asks.</summary>
    public static CypherException Cancelled() =>
        new(
            StatusCodes.TransactionTimedOut,
            "The transaction has been terminated because the caller cancelled it (for example, its request timed out).",
            ErrorPhase.Runtime);

    /// <summary>A valid statement uses something the embedded engine does not run.</summary>
    public static CypherException NotSupported(string what, TextPosition? position = null) =>
        new(StatusCodes.NotSupported, $"The embedded engine does not support {what} yet.", ErrorPhase.Compile, null, position);

    /// <summary>A runtime type error with the TCK name <c>InvalidArgumentType</c> (or another).</summary>
    public static CypherException TypeError(string message, string detail = "InvalidArgumentType", TextPosition? position = null) =>
        new(StatusCodes.TypeError, message, ErrorPhase.Runtime, detail, position);

    /// <summary>A runtime semantic error.</summary>
    public static CypherException SemanticError(string message, string? detail = null, TextPosition? position = null) =>
        new(StatusCodes.SemanticError, message, ErrorPhase.Runtime, detail, position);

    /// <summary>Formats a value for an error message, like Neo4j does (strings quoted).</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => "'" + s + "'",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Format)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}
