namespace GraphExplorer.Core.Import;

/// <summary>A row that was not imported, and why.</summary>
/// <param name="File">The file it came from (its name).</param>
/// <param name="Line">Its line (1-based); 0 when it concerns the whole file.</param>
/// <param name="Message">What was wrong.</param>
public sealed record ImportIssue(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
