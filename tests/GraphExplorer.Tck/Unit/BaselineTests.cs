using GraphExplorer.Tck.Reporting;
using GraphExplorer.Tck.Running;

namespace GraphExplorer.Tck.Unit;

public sealed class BaselineTests
{
    [Fact]
    public void Baseline_scenarios_that_fail_or_vanish_are_regressions()
    {
        var outcomes = new[]
        {
            new ScenarioOutcome("a: [1] ok", "a", ScenarioStatus.Passed),
            ScenarioOutcome.Failed("a: [2] broken", "a", "wrong rows", "wrong rows: expected 1, got 0"),
        };

        var regressions = Baseline.Regressions(["a: [1] ok", "a: [2] broken", "a: [3] renamed"], outcomes);

        Assert.Equal(2, regressions.Count);
        Assert.StartsWith("a: [2] broken\n    Failed: wrong rows", regressions[0]);
        Assert.Contains("not found", regressions[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Written_baseline_reads_back_as_the_sorted_passing_ids()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tck-baseline-{Guid.NewGuid():N}.txt");
        try
        {
            Baseline.Write(path, [
                new ScenarioOutcome("b: [1] x", "b", ScenarioStatus.Passed),
                ScenarioOutcome.Failed("a: [9] y", "a", "timeout"),
                new ScenarioOutcome("a: [1] z", "a", ScenarioStatus.Passed),
            ]);

            Assert.Equal(new[] { "a: [1] z", "b: [1] x" }, Baseline.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Summary_counts_per_folder_and_ranks_causes()
    {
        var outcomes = new[]
        {
            new ScenarioOutcome("m: [1]", "clauses/match", ScenarioStatus.Passed),
            ScenarioOutcome.Failed("m: [2]", "clauses/match", "timeout"),
            ScenarioOutcome.Failed("r: [1]", "clauses/return", "timeout"),
            new ScenarioOutcome("r: [2]", "clauses/return", ScenarioStatus.Skipped, "unsupported step"),
        };

        var summary = TckReport.Summarize(outcomes, new Dictionary<string, int> { ["folder"] = 3 });

        Assert.Equal((4, 1, 2, 1), (summary.InScope, summary.Passed, summary.Failed, summary.Skipped));
        Assert.Equal(new FolderCounts(1, 1, 0), summary.Folders["clauses/match"]);
        Assert.Equal(("timeout", 2), (TckReport.RankCauses(outcomes)[0].Cause, TckReport.RankCauses(outcomes)[0].Count));
    }
}
