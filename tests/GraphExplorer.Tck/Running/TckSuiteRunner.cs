using GraphExplorer.Tck.Features;

namespace GraphExplorer.Tck.Running;

/// <summary>
/// Runs many scenarios, a few at a time, each on its own thread with a large stack and a time limit,
/// so that a hang or a deep recursion in the engine fails one scenario instead of stopping the suite.
/// </summary>
internal sealed class TckSuiteRunner(ScenarioRunner runner, TimeSpan timeout, int parallelism)
{
    private const int StackSize = 64 * 1024 * 1024;

    /// <summary>Runs all <paramref name="scenarios"/>; the outcomes come back in the same order.</summary>
    public async Task<IReadOnlyList<ScenarioOutcome>> RunAllAsync(IReadOnlyList<TckScenario> scenarios, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var outcomes = new ScenarioOutcome[scenarios.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, scenarios.Count), options, async (index, token) =>
        {
            outcomes[index] = await RunWithTimeoutAsync(scenarios[index], token).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>Runs one scenario on a dedicated thread; past the time limit it is cancelled and reported as failed.</summary>
    public async Task<ScenarioOutcome> RunWithTimeoutAsync(TckScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // Not disposed on a timeout: the abandoned thread may still be looking at the token.
        var scenarioCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var completion = new TaskCompletionSource<ScenarioOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var token = scenarioCancellation.Token;
        var thread = new Thread(
            () =>
            {
                try
                {
                    completion.TrySetResult(runner.RunAsync(scenario, token).GetAwaiter().GetResult());
                }
                catch (Exception e)
                {
                    completion.TrySetResult(ScenarioOutcome.Failed(
                        scenario.Id,
                        scenario.Folder,
                        $"crash: {e.GetType().Name}",
                        $"the runner caught {e.GetType().FullName}: {e.Message}\n{e.StackTrace}"));
                }
            },
            StackSize)
        {
            IsBackground = true,
            Name = "tck " + scenario.Id,
        };
        thread.Start();

        var finished = await Task.WhenAny(completion.Task, Task.Delay(timeout, cancellationToken)).ConfigureAwait(false);
        if (finished == completion.Task)
        {
            scenarioCancellation.Dispose();
            return await completion.Task.ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await scenarioCancellation.CancelAsync().ConfigureAwait(false);
        return ScenarioOutcome.Failed(scenario.Id, scenario.Folder, "timeout", $"no answer within {timeout.TotalSeconds:0} s");
    }
}
