using GraphExplorer.Graph.Errors;
using static GraphExplorer.Engine.Tests.Binding.AnalyzeHelpers;

namespace GraphExplorer.Engine.Tests.Binding;

/// <summary>
/// The whole openCypher TCK through the front end: queries the TCK runs must parse and pass analysis;
/// queries it expects to fail at compile time must fail with its error name. Runs where the TCK
/// sits next to the repository (<c>../shared/tck</c>); elsewhere there is nothing to check.
/// </summary>
public sealed class TckCompileTimeTests
{
    /// <summary>Errors that depend on the procedure registry, which the back end owns.</summary>
    private static readonly HashSet<string> BackEndErrors = ["ProcedureNotFound", "MissingParameter", "InvalidArgumentPassingMode"];

    private static List<TckQuery> Queries()
    {
        var features = TckScenarioReader.FindFeatures();
        return features is null ? [] : TckScenarioReader.ReadAll(features).ToList();
    }

    private static string? Outcome(string query)
    {
        try
        {
            Analyze(query);
            return null;
        }
        catch (CypherException error)
        {
            return error.Detail ?? error.Message;
        }
    }

    private static bool IsProcedureScenario(TckQuery query) => query.Query.Contains("CALL test.", StringComparison.Ordinal);

    [Fact]
    public void Queries_the_tck_runs_pass_the_front_end()
    {
        var failures = Queries()
            .Where(q => q.CompileError is null)
            .Select(q => (q, Outcome: Outcome(q.Query)))
            .Where(r => r.Outcome is not null)
            .Select(r => $"{r.q.Feature} {r.q.Scenario}: {r.Outcome}\n{r.q.Query}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} failed:\n" + string.Join("\n\n", failures.Take(10)));
    }

    [Fact]
    public void Compile_time_errors_of_the_tck_carry_its_error_names()
    {
        var failures = Queries()
            .Where(q => q.CompileError is not null && !BackEndErrors.Contains(q.CompileError) && !IsProcedureScenario(q))
            .Select(q => (q, Outcome: Outcome(q.Query)))
            .Where(r => r.Outcome != r.q.CompileError)
            .Select(r => $"{r.q.Feature} {r.q.Scenario}: expected {r.q.CompileError}, got {r.Outcome ?? "no error"}\n{r.q.Query}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} failed:\n" + string.Join("\n\n", failures.Take(10)));
    }

    [Fact]
    public void The_reader_finds_the_tck_when_it_is_there()
    {
        var queries = Queries();
        if (TckScenarioReader.FindFeatures() is not null)
        {
            Assert.True(queries.Count > 4000, $"only {queries.Count} queries read");
            Assert.Contains(queries, q => q.CompileError == "VariableTypeConflict");
        }
    }
}
