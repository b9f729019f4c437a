using GraphExplorer.Tck.Features;
using GraphExplorer.Tck.Values;

namespace GraphExplorer.Tck.Unit;

/// <summary>Reads the real TCK (when present) to prove the loader and the value parser cover all of it.</summary>
public sealed class TckCorpusTests
{
    private static readonly Lazy<IReadOnlyList<TckScenario>?> Scenarios = new(() =>
    {
        var directory = TckLocations.TckDirectory();
        return directory is null ? null : FeatureLoader.LoadAll(Path.Combine(directory, "features"));
    });

    [SkippableFact]
    public void Every_scenario_id_is_unique()
    {
        var scenarios = Load();

        var duplicates = scenarios.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
    }

    [SkippableFact]
    public void Every_in_scope_step_is_understood()
    {
        var unsupported = Load().Where(s => TckScope.ExclusionReason(s) is null)
            .SelectMany(s => s.Steps.OfType<UnsupportedStep>().Select(step => $"{s.Id}: {step.Text}"))
            .ToList();

        Assert.Empty(unsupported);
    }

    [SkippableFact]
    public void Every_expected_value_and_parameter_parses()
    {
        var failures = new List<string>();
        foreach (var scenario in Load())
        {
            var cells = scenario.Steps.OfType<ExpectRowsStep>().SelectMany(step => step.Rows.SelectMany(row => row))
                .Concat(scenario.Steps.OfType<ParametersStep>().SelectMany(step => step.Parameters.Select(p => p.Value)));
            foreach (var cell in cells)
            {
                try
                {
                    TckValueParser.Parse(cell);
                }
                catch (FormatException e)
                {
                    failures.Add($"{scenario.Id}: {e.Message}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [SkippableFact]
    public void Scope_keeps_most_scenarios_and_drops_the_call_and_temporal_folders()
    {
        var scenarios = Load();

        var inScope = scenarios.Where(s => TckScope.ExclusionReason(s) is null).ToList();

        Assert.DoesNotContain(inScope, s => s.Folder.StartsWith("clauses/call", StringComparison.Ordinal));
        Assert.DoesNotContain(inScope, s => s.Folder.StartsWith("expressions/temporal", StringComparison.Ordinal));
        Assert.InRange(inScope.Count, scenarios.Count / 2, scenarios.Count);
    }

    private static IReadOnlyList<TckScenario> Load()
    {
        Skip.If(Scenarios.Value is null, "The openCypher TCK was not found.");
        return Scenarios.Value;
    }
}
