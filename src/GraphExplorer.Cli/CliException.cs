namespace GraphExplorer.Cli;

/// <summary>A failure the CLI reports as one line on stderr with a given exit code.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    /// <summary>The process exit code.</summary>
    public int ExitCode { get; } = exitCode;
}
