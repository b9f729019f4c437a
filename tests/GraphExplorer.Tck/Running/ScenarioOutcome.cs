namespace GraphExplorer.Tck.Running;

/// <summary>How a scenario ended.</summary>
internal enum ScenarioStatus
{
    Passed,
    Failed,
    Skipped,
}

/// <summary>The result of running one scenario.</summary>
/// <param name="Cause">A short reason shared by similar failures (used to group them), or <c>null</c> when passed.</param>
/// <param name="Reason">The full explanation (expected vs actual), or <c>null</c> when passed.</param>
/// <param name="CounterNote">Where the engine's <c>QueryCounters</c> disagree with the TCK's side effects (information only).</param>
internal sealed record ScenarioOutcome(
    string Id,
    string Folder,
    ScenarioStatus Status,
    string? Cause = null,
    string? Reason = null,
    string? CounterNote = null)
{
    /// <summary>A failed outcome whose reason is its cause.</summary>
    public static ScenarioOutcome Failed(string id, string folder, string cause, string? reason = null) =>
        new(id, folder, ScenarioStatus.Failed, cause, reason ?? cause);
}
