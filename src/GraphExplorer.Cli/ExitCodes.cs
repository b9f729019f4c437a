namespace GraphExplorer.Cli;

/// <summary>The process exit codes, documented in <c>docs/cli.md</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A query or data error: Cypher failed, rows of an import were rejected, a file is unreadable.</summary>
    public const int DataError = 1;

    /// <summary>A usage error: unknown command or option, unknown saved query, missing or unknown parameter.</summary>
    public const int UsageError = 2;

    /// <summary>The backend cannot be reached: Neo4j not answering, data directory locked by another process.</summary>
    public const int BackendUnavailable = 3;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Interrupted = 130;
}
