namespace GraphExplorer.Neo4j.Client;

/// <summary>How a request failed to get an answer from the server.</summary>
public enum ConnectionFailure
{
    /// <summary>No connection could be made (server down, wrong address): the request never ran.</summary>
    Unreachable = 1,

    /// <summary>The connection closed before the whole response arrived: the request may have run.</summary>
    ClosedMidResponse = 2,

    /// <summary>No complete answer within <see cref="Neo4jOptions.RequestTimeout"/>: the request may have run.</summary>
    TimedOut = 3,
}
