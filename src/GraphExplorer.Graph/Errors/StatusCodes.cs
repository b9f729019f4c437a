namespace GraphExplorer.Graph.Errors;

/// <summary>
/// Neo4j status codes that the backends, the Neo4j client and the protocol servers report: one list, so each
/// layer maps a code once (the GraphQL codes are the API's own, in <c>GraphQL/Errors/ErrorCodes.cs</c>).
/// </summary>
public static class StatusCodes
{
    public const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";
    public const string SemanticError = "Neo.ClientError.Statement.SemanticError";
    public const string TypeError = "Neo.ClientError.Statement.TypeError";
    public const string ArgumentError = "Neo.ClientError.Statement.ArgumentError";
    public const string ArithmeticError = "Neo.ClientError.Statement.ArithmeticError";
    public const string EntityNotFound = "Neo.ClientError.Statement.EntityNotFound";
    public const string ParameterMissing = "Neo.ClientError.Statement.ParameterMissing";
    public const string AccessMode = "Neo.ClientError.Statement.AccessMode";
    public const string NotSupported = "Neo.ClientError.Statement.FeatureNotSupported"; // engine-only: valid Cypher we do not run yet
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string EquivalentSchemaRuleAlreadyExists = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
    public const string ConstraintAlreadyExists = "Neo.ClientError.Schema.ConstraintAlreadyExists";
    public const string ConstraintCreationFailed = "Neo.ClientError.Schema.ConstraintCreationFailed";
    public const string IndexAlreadyExists = "Neo.ClientError.Schema.IndexAlreadyExists";
    public const string ConstraintNotFound = "Neo.ClientError.Schema.ConstraintDropFailed";
    public const string IndexNotFound = "Neo.ClientError.Schema.IndexDropFailed";
    public const string ProcedureNotFound = "Neo.ClientError.Procedure.ProcedureNotFound";
    public const string ProcedureCallFailed = "Neo.ClientError.Procedure.ProcedureCallFailed";
    public const string TransactionTimedOut = "Neo.ClientError.Transaction.TransactionTimedOut";
    public const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";
    public const string TransactionTerminated = "Neo.ClientError.Transaction.Terminated";

    // Security, database and request errors: the Query API and Bolt servers answer with them, the client maps HTTP statuses to them.
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string Forbidden = "Neo.ClientError.Security.Forbidden";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";
    public const string InvalidRequest = "Neo.ClientError.Request.Invalid";
    public const string InvalidFormat = "Neo.ClientError.Request.InvalidFormat";

    /// <summary>The database (or the server in front of it) cannot be reached or did not answer in time; transient, worth a retry.</summary>
    public const string DatabaseUnavailable = "Neo.TransientError.General.DatabaseUnavailable";

    /// <summary>An error the database did not classify, or an answer that is not the protocol's.</summary>
    public const string UnknownError = "Neo.DatabaseError.General.UnknownError";
}
