using GraphExplorer.Tck.Running;

namespace GraphExplorer.Tck.Reporting;

/// <summary>
/// The committed list of scenario ids that must keep passing (<c>tests/GraphExplorer.Tck/baseline.txt</c>):
/// one id a line, sorted; blank lines and lines starting with <c>#</c> are ignored.
/// </summary>
internal static class Baseline
{
    /// <summary>Environment variable that, set to <c>1</c>, rewrites the baseline from the current run.</summary>
    public const string UpdateVariable = "GRAPHEXPLORER_TCK_UPDATE_BASELINE";

    private const string Header =
        "# openCypher TCK scenarios the embedded engine passes; CI fails when one of them stops passing.\n" +
        "# Regenerate with GRAPHEXPLORER_TCK_UPDATE_BASELINE=1 dotnet test tests/GraphExplorer.Tck (see docs/cypher-conformance.md).";

    /// <summary>The ids in a baseline file; none when the file does not exist.</summary>
    public static IReadOnlyList<string> Read(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList()
            : [];

    /// <summary>Writes the ids of the passing scenarios as the new baseline.</summary>
    public static void Write(string path, IReadOnlyList<ScenarioOutcome> outcomes)
    {
        File.WriteAllText(path, Header + "\n" + string.Join("\n", TckReport.PassingIds(outcomes)) + "\n");
    }

    /// <summary>The baseline ids that did not pass in <paramref name="outcomes"/>, with why (a missing id counts as not passing).</summary>
    public static IReadOnlyList<string> Regressions(IReadOnlyList<string> baseline, IReadOnlyList<ScenarioOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(outcomes);
        var byId = outcomes.GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return baseline
            .Where(id => !byId.TryGetValue(id, out var outcome) || outcome.Status != ScenarioStatus.Passed)
            .Select(id => byId.TryGetValue(id, out var outcome)
                ? $"{id}\n    {outcome.Status}: {outcome.Reason?.Split('\n')[0]}"
                : $"{id}\n    not found (renamed, removed or out of scope)")
            .ToList();
    }
}
