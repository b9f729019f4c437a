namespace GraphExplorer.Core.SavedQueries;

/// <summary>A saved script could not be found, read or bound to its parameters; the message says precisely why.</summary>
public sealed class SavedQueryException : Exception
{
    public SavedQueryException(string code, string message, string? parameterName = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        ParameterName = parameterName;
    }

    public SavedQueryException()
        : this(SavedQueryErrorCodes.NotFound, "The saved query failed.")
    {
    }

    public SavedQueryException(string message)
        : this(SavedQueryErrorCodes.NotFound, message)
    {
    }

    public SavedQueryException(string message, Exception innerException)
        : this(SavedQueryErrorCodes.NotFound, message, null, innerException)
    {
    }

    /// <summary>One of <see cref="SavedQueryErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The parameter at fault, for parameter errors.</summary>
    public string? ParameterName { get; }
}
