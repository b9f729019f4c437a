using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Neo4j.Client;

/// <summary>
/// The server did not answer: unreachable, closed the connection mid-response, or too slow. Transient
/// (<see cref="CypherException.IsTransient"/>), so reads are retried; a write is not, since it may have run.
/// </summary>
public sealed class Neo4jConnectionException : CypherException
{
    public Neo4jConnectionException(ConnectionFailure failure, string message, Exception? innerException = null)
        : base(StatusCodes.DatabaseUnavailable, message, ErrorPhase.Runtime, failure.ToString(), innerException: innerException)
    {
        Failure = failure;
    }

    public Neo4jConnectionException()
        : this(ConnectionFailure.Unreachable, "The Neo4j server could not be reached.")
    {
    }

    public Neo4jConnectionException(string message)
        : this(ConnectionFailure.Unreachable, message)
    {
    }

    public Neo4jConnectionException(string message, Exception innerException)
        : this(ConnectionFailure.Unreachable, message, innerException)
    {
    }

    /// <summary>How the request failed.</summary>
    public ConnectionFailure Failure { get; }

    /// <summary>Whether the server may have run (and committed) the request despite the failure.</summary>
    public bool RequestMayHaveRun => Failure != ConnectionFailure.Unreachable;

    /// <summary>Set when the failed request was a commit that may have gone through: never retried.</summary>
    public bool MayHaveCommitted { get; init; }
}
