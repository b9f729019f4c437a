using System.Globalization;
using GraphExplorer.Engine;
using GraphExplorer.Tck.Features;
using GraphExplorer.Tck.Reporting;
using GraphExplorer.Tck.Running;
using Xunit.Abstractions;

namespace GraphExplorer.Tck;

/// <summary>Runs the in-scope openCypher TCK on the embedded engine and guards the committed baseline.</summary>
public sealed class TckConformanceTests(ITestOutputHelper output)
{
    private const string FilterVariable = "GRAPHEXPLORER_TCK_FILTER";
    private const string TimeoutVariable = "GRAPHEXPLORER_TCK_TIMEOUT_SECONDS";
    private const string ParallelismVariable = "GRAPHEXPLORER_TCK_PARALLELISM";
    private const string ScopeVariable = "GRAPHEXPLORER_TCK_SCOPE";

    [SkippableFact]
    public async Task Embedded_engine_passes_every_baseline_scenario_of_the_openCypher_tck()
    {
        var tckDirectory = TckLocations.TckDirectory();
        Skip.If(tckDirectory is null, $"The openCypher TCK was not found (set {TckLocations.TckDirectoryVariable} or place it at ../shared/tck).");

        var all = FeatureLoader.LoadAll(Path.Combine(tckDirectory, "features"));
        var excluded = all.Select(TckScope.ExclusionReason).OfType<string>()
            .GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var filter = Environment.GetEnvironmentVariable(FilterVariable);

        // "excluded" or "all" also runs what the scope rule leaves out, to see how far the engine gets there.
        var scope = Environment.GetEnvironmentVariable(ScopeVariable) ?? "in";
        var partial = !string.IsNullOrEmpty(filter) || scope != "in";
        var inScope = all
            .Where(s => scope switch
            {
                "all" => true,
                "excluded" => TckScope.ExclusionReason(s) is not null,
                _ => TckScope.ExclusionReason(s) is null,
            })
            .Where(s => string.IsNullOrEmpty(filter) || s.Id.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .ToList();

        var runner = new ScenarioRunner(EmbeddedGraphDatabase.CreateInMemory, Path.Combine(tckDirectory, "graphs"));
        var suite = new TckSuiteRunner(runner, TimeSpan.FromSeconds(ReadNumber(TimeoutVariable, 10)), ReadNumber(ParallelismVariable, Environment.ProcessorCount));
        var outcomes = await suite.RunAllAsync(inScope, CancellationToken.None);

        var summary = TckReport.Summarize(outcomes, excluded);
        output.WriteLine(TckReport.FormatTable(summary));
        foreach (var (cause, count, features) in TckReport.RankCauses(outcomes).Take(20))
        {
            output.WriteLine($"{count,5}  {cause}    [{features}]");
        }

        var root = TckLocations.RepositoryRoot();
        if (root is null)
        {
            output.WriteLine("Repository root not found: no artifacts written, no baseline checked.");
            return;
        }

        TckReport.WriteArtifacts(Path.Combine(root, "artifacts"), summary, outcomes);
        var baselinePath = Path.Combine(root, "tests", "GraphExplorer.Tck", "baseline.txt");
        if (!partial && Environment.GetEnvironmentVariable(Baseline.UpdateVariable) == "1")
        {
            Baseline.Write(baselinePath, outcomes);
            output.WriteLine($"Baseline rewritten: {TckReport.PassingIds(outcomes).Count} scenarios.");
            return;
        }

        var baseline = Baseline.Read(baselinePath);
        var runIds = inScope.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var regressions = Baseline.Regressions(partial ? baseline.Where(runIds.Contains).ToList() : baseline, outcomes);
        Assert.True(
            regressions.Count == 0,
            $"{regressions.Count} baseline scenario(s) no longer pass:\n" + string.Join("\n", regressions));
    }

    private static int ReadNumber(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
