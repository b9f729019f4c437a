using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Core.Scripts;

/// <summary>
/// A statement of a script file failed. Keeps the database's status code, phase and detail, and names the
/// file and the line of the file where the failing statement (or the error inside it) is.
/// </summary>
public sealed class CypherScriptException : CypherException
{
    /// <summary>Wraps <paramref name="error"/>, raised by the statement of <paramref name="file"/> starting on <paramref name="statementLine"/>.</summary>
    public CypherScriptException(string file, int statementLine, CypherException error)
        : base(
            (error ?? throw new ArgumentNullException(nameof(error))).Code,
            $"{file}, line {FileLine(statementLine, error)}: {error.Message}",
            error.Phase,
            error.Detail,
            error.Position,
            error)
    {
        File = file;
        Line = FileLine(statementLine, error);
    }

    /// <summary>Wraps <paramref name="error"/>, raised while committing the statements of <paramref name="file"/>.</summary>
    public CypherScriptException(string file, CypherException error)
        : base(
            (error ?? throw new ArgumentNullException(nameof(error))).Code,
            $"{file}: {error.Message}",
            error.Phase,
            error.Detail,
            error.Position,
            error)
    {
        File = file;
    }

    public CypherScriptException()
    {
        File = string.Empty;
    }

    public CypherScriptException(string message)
        : base(message)
    {
        File = string.Empty;
    }

    public CypherScriptException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
    }

    /// <summary>The script file, as the caller named it (relative to the scripts' folder for the initializer).</summary>
    public string File { get; }

    /// <summary>The one-based line of the file where the error is, when it is known.</summary>
    public int? Line { get; }

    /// <summary>The error's line in the file: the statement's first line plus the error's line within the statement.</summary>
    private static int FileLine(int statementLine, CypherException error) =>
        error.Position is { Line: > 0 } position ? statementLine + position.Line - 1 : statementLine;
}
