namespace GraphExplorer.Core.SavedQueries;

/// <summary>Codes of <see cref="SavedQueryException"/>, reported as GraphQL <c>extensions.code</c> and by the CLI.</summary>
public static class SavedQueryErrorCodes
{
    public const string NotFound = "SAVED_QUERY_NOT_FOUND";
    public const string InvalidHeader = "SAVED_QUERY_INVALID_HEADER";
    public const string ParameterMissing = "SAVED_QUERY_PARAMETER_MISSING";
    public const string ParameterUnknown = "SAVED_QUERY_PARAMETER_UNKNOWN";
    public const string ParameterInvalid = "SAVED_QUERY_PARAMETER_INVALID";
    public const string WriteRefused = "SAVED_QUERY_WRITE_REFUSED";
}
