using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphExplorer.Tck.Running;

namespace GraphExplorer.Tck.Reporting;

/// <summary>Counts of one folder (or of the whole run).</summary>
internal sealed record FolderCounts(int Passed, int Failed, int Skipped);

/// <summary>The summary written to <c>artifacts/tck-summary.json</c>.</summary>
/// <param name="Excluded">Scenarios left out by the scope rule, by reason (folder, temporal, @ignore).</param>
/// <param name="CounterDisagreements">Scenarios whose engine counters differ from the TCK's side effects (information only).</param>
internal sealed record TckSummary(
    int InScope,
    int Passed,
    int Failed,
    int Skipped,
    IReadOnlyDictionary<string, int> Excluded,
    int CounterDisagreements,
    IReadOnlyDictionary<string, FolderCounts> Folders);

/// <summary>Builds the summary, the cause ranking and the artifact files of one run. Pure functions plus file writes.</summary>
internal static class TckReport
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Counts the outcomes per folder (sorted by folder name).</summary>
    public static TckSummary Summarize(IReadOnlyList<ScenarioOutcome> outcomes, IReadOnlyDictionary<string, int> excluded)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var folders = outcomes
            .GroupBy(o => o.Folder, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Count(g.ToList()), StringComparer.Ordinal);
        var total = Count(outcomes);
        var counterDisagreements = outcomes.Count(o => o.CounterNote is not null);
        return new TckSummary(outcomes.Count, total.Passed, total.Failed, total.Skipped, excluded, counterDisagreements, folders);
    }

    /// <summary>The failure causes, most frequent first, with their counts and the features they occur in (most affected first).</summary>
    public static IReadOnlyList<(string Cause, int Count, string Features)> RankCauses(IReadOnlyList<ScenarioOutcome> outcomes) =>
        outcomes.Where(o => o.Status == ScenarioStatus.Failed)
            .GroupBy(o => o.Cause ?? "unknown", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), DescribeFeatures(g.Select(o => o.Id))))
            .ToList();

    /// <summary>The per-folder table printed by the test.</summary>
    public static string FormatTable(TckSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        var width = Math.Max(6, summary.Folders.Keys.DefaultIfEmpty(string.Empty).Max(k => k.Length));
        text.AppendLine($"{"folder".PadRight(width)}  passed  failed  skipped");
        foreach (var (folder, counts) in summary.Folders)
        {
            text.AppendLine($"{folder.PadRight(width)}  {counts.Passed,6}  {counts.Failed,6}  {counts.Skipped,7}");
        }

        text.AppendLine($"{"TOTAL".PadRight(width)}  {summary.Passed,6}  {summary.Failed,6}  {summary.Skipped,7}   (in scope: {summary.InScope}; excluded: {string.Join(", ", summary.Excluded.Select(p => $"{p.Key} {p.Value}"))})");
        return text.ToString();
    }

    /// <summary>Writes <c>tck-summary.json</c>, <c>tck-passing.txt</c>, <c>tck-failures.txt</c>, <c>tck-causes.txt</c> and <c>tck-counters.txt</c>.</summary>
    public static void WriteArtifacts(string artifactsDirectory, TckSummary summary, IReadOnlyList<ScenarioOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        Directory.CreateDirectory(artifactsDirectory);
        File.WriteAllText(Path.Combine(artifactsDirectory, "tck-summary.json"), JsonSerializer.Serialize(summary, JsonOptions) + "\n");
        File.WriteAllLines(Path.Combine(artifactsDirectory, "tck-passing.txt"), PassingIds(outcomes));

        var failures = new StringBuilder();
        foreach (var outcome in outcomes.Where(o => o.Status != ScenarioStatus.Passed).OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            failures.Append(outcome.Status == ScenarioStatus.Failed ? "FAILED  " : "SKIPPED ").AppendLine(outcome.Id)
                .Append("  cause: ").AppendLine(outcome.Cause)
                .Append("  ").AppendLine(outcome.Reason?.Replace("\n", "\n  ", StringComparison.Ordinal))
                .AppendLine();
        }

        File.WriteAllText(Path.Combine(artifactsDirectory, "tck-failures.txt"), failures.ToString());
        File.WriteAllLines(
            Path.Combine(artifactsDirectory, "tck-causes.txt"),
            RankCauses(outcomes).Select(c => $"{c.Count,5}  {c.Cause}    [{c.Features}]"));
        File.WriteAllLines(
            Path.Combine(artifactsDirectory, "tck-counters.txt"),
            outcomes.Where(o => o.CounterNote is not null).OrderBy(o => o.Id, StringComparer.Ordinal).Select(o => $"{o.Id}\n    {o.CounterNote}"));
    }

    /// <summary>The ids of passing scenarios, sorted ordinally (the baseline's format).</summary>
    public static IReadOnlyList<string> PassingIds(IReadOnlyList<ScenarioOutcome> outcomes) =>
        outcomes.Where(o => o.Status == ScenarioStatus.Passed).Select(o => o.Id).Order(StringComparer.Ordinal).ToList();

    private static string DescribeFeatures(IEnumerable<string> ids)
    {
        var features = ids.Select(id => id[..Math.Max(0, id.IndexOf(".feature", StringComparison.Ordinal))])
            .Select(path => path[(path.LastIndexOf('/') + 1)..])
            .GroupBy(name => name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}")
            .ToList();
        return string.Join(", ", features.Take(6)) + (features.Count > 6 ? $", … {features.Count - 6} more" : string.Empty);
    }

    private static FolderCounts Count(IReadOnlyCollection<ScenarioOutcome> outcomes) => new(
        outcomes.Count(o => o.Status == ScenarioStatus.Passed),
        outcomes.Count(o => o.Status == ScenarioStatus.Failed),
        outcomes.Count(o => o.Status == ScenarioStatus.Skipped));
}
