using GraphExplorer.Neo4j.Client;

namespace GraphExplorer.Api.QueryApi;

/// <summary>The HTTP status Neo4j's Query API answers an error code with.</summary>
internal static class QueryApiStatus
{
    /// <summary>401 unauthorized, 403 forbidden, 404 unknown database or transaction, 400 other client errors, 503 transient, 500 otherwise.</summary>
    public static int For(string code) => code switch
    {
        Neo4jErrorCodes.Unauthorized => StatusCodes.Status401Unauthorized,
        Neo4jErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
        Neo4jErrorCodes.DatabaseNotFound or Graph.Errors.StatusCodes.TransactionNotFound => StatusCodes.Status404NotFound,
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => StatusCodes.Status400BadRequest,
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };
}
