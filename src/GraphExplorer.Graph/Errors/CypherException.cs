namespace GraphExplorer.Graph.Errors;

/// <summary>
/// A statement failed on the database: the one exception family both backends raise.
/// <see cref="Code"/> is Neo4j's status code; <see cref="Detail"/> the openCypher TCK's error name
/// (<c>UndefinedVariable</c>, <c>VariableAlreadyBound</c>, …) where one applies.
/// </summary>
public class CypherException : Exception
{
    public CypherException(string code, string message, ErrorPhase phase, string? detail = null, TextPosition? position = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Phase = phase;
        Detail = detail;
        Position = position;
    }

    public CypherException()
        : this(StatusCodes.UnknownError, "Unknown error.", ErrorPhase.Runtime)
    {
    }

    public CypherException(string message)
        : this(StatusCodes.UnknownError, message, ErrorPhase.Runtime)
    {
    }

    public CypherException(string message, Exception innerException)
        : this(StatusCodes.UnknownError, message, ErrorPhase.Runtime, innerException: innerException)
    {
    }

    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; }

    /// <summary>The openCypher TCK's name for the error, when one applies.</summary>
    public string? Detail { get; }

    /// <summary>Whether the error came from compiling or from running the statement.</summary>
    public ErrorPhase Phase { get; }

    /// <summary>Where in the statement the error is, when known.</summary>
    public TextPosition? Position { get; }

    /// <summary>Whether retrying the same work may succeed (Neo4j's <c>TransientError</c> classification).</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}
