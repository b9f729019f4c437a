namespace GraphExplorer.Graph.Errors;

/// <summary>Neo4j status codes that both backends report. One list, so the GraphQL layer maps each once.</summary>
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
    public const string ConstraintNotFound = "Neo.ClientError.Schema.ConstraintDropFailed";
    public const string IndexNotFound = "Neo.ClientError.Schema.IndexDropFailed";
    public const string ProcedureNotFound = "Neo.ClientError.Procedure.ProcedureNotFound";
    public const string ProcedureCallFailed = "Neo.ClientError.Procedure.ProcedureCallFailed";
    public const string TransactionTimedOut = "Neo.ClientError.Transaction.TransactionTimedOut";
    public const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";
    public const string TransactionTerminated = "Neo.ClientError.Transaction.Terminated";
    public const string DatabaseUnavailable = "Neo.TransientError.General.DatabaseUnavailable";
    public const string UnknownError = "Neo.DatabaseError.General.UnknownError";
}
