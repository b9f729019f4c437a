using Neo4jStatus = GraphExplorer.Graph.Errors.StatusCodes;

namespace GraphExplorer.QueryApi;

/// <summary>The HTTP status Neo4j's Query API answers an error code with.</summary>
internal static class QueryApiStatus
{
    /// <summary>401 unauthorized, 403 forbidden, 404 unknown database or transaction, 400 other client errors, 503 transient, 500 otherwise.</summary>
    public static int For(string code) => code switch
    {
        Neo4jStatus.Unauthorized => StatusCodes.Status401Unauthorized,
        Neo4jStatus.Forbidden => StatusCodes.Status403Forbidden,
        Neo4jStatus.DatabaseNotFound or Neo4jStatus.TransactionNotFound => StatusCodes.Status404NotFound,
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => StatusCodes.Status400BadRequest,
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };
}
