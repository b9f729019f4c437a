namespace GraphExplorer.Neo4j.Client;

/// <summary>Neo4j status codes the client raises itself or maps HTTP statuses to, beside the port's <c>StatusCodes</c>.</summary>
public static class Neo4jErrorCodes
{
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string Forbidden = "Neo.ClientError.Security.Forbidden";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";
    public const string InvalidRequest = "Neo.ClientError.Request.Invalid";
    public const string InvalidFormat = "Neo.ClientError.Request.InvalidFormat";

    /// <summary>The server could not be reached, closed the connection or did not answer in time (transient).</summary>
    public const string ServiceUnavailable = "Neo.TransientError.General.DatabaseUnavailable";

    /// <summary>The server answered with something that is not a Query API response.</summary>
    public const string UnexpectedResponse = "Neo.DatabaseError.General.UnknownError";
}
