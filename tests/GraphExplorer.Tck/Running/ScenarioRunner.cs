using GraphExplorer.Graph;
using GraphExplorer.Tck.Features;

namespace GraphExplorer.Tck.Running;

/// <summary>Runs one scenario's steps on a fresh database and judges the results. Stateless; thread-safe.</summary>
/// <param name="createDatabase">Makes the fresh, empty database each scenario runs on.</param>
/// <param name="graphsDirectory">The TCK's <c>graphs/</c> folder, for <c>Given the NAME graph</c>.</param>
internal sealed class ScenarioRunner(Func<IGraphDatabase> createDatabase, string graphsDirectory)
{
    /// <summary>Runs <paramref name="scenario"/>; never throws for what the engine does (only for cancellation).</summary>
    public async Task<ScenarioOutcome> RunAsync(TckScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var unsupported = scenario.Steps.OfType<UnsupportedStep>().FirstOrDefault();
        if (unsupported is not null)
        {
            return new ScenarioOutcome(scenario.Id, scenario.Folder, ScenarioStatus.Skipped, "unsupported step", $"unsupported step: {unsupported.Text}");
        }

        var database = createDatabase();
        try
        {
            var run = new ScenarioRun(this, scenario, database, cancellationToken);
            return await run.ExecuteAsync().ConfigureAwait(false);
        }
        finally
        {
            await DisposeQuietlyAsync(database).ConfigureAwait(false);
        }
    }

    /// <summary>The statements of a named graph's script, split at semicolons that end a line.</summary>
    public IReadOnlyList<string> NamedGraphStatements(string name)
    {
        var script = File.ReadAllText(Path.Combine(graphsDirectory, name, name + ".cypher"));
        return SplitStatements(script);
    }

    /// <summary>Splits a script into statements at semicolons that end a line.</summary>
    public static IReadOnlyList<string> SplitStatements(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var line in script.Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.EndsWith(';'))
            {
                current.Add(trimmed[..^1]);
                statements.Add(string.Join('\n', current));
                current.Clear();
            }
            else
            {
                current.Add(trimmed);
            }
        }

        statements.Add(string.Join('\n', current));
        return statements.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
    }

    private static async Task DisposeQuietlyAsync(IGraphDatabase database)
    {
        try
        {
            await database.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A failing dispose says nothing about the scenario's Cypher.
        }
    }
}
