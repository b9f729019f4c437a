using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Tck.Features;
using GraphExplorer.Tck.Values;

namespace GraphExplorer.Tck.Running;

/// <summary>The state of one scenario while its steps run: parameters, the last result or error, side effects.</summary>
internal sealed class ScenarioRun(ScenarioRunner runner, TckScenario scenario, IGraphDatabase database, CancellationToken cancellationToken)
{
    private readonly bool _measureSideEffects =
        scenario.Steps.Any(s => s is ExpectSideEffectsStep or ExpectErrorStep);

    private Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private QueryResult? _result;
    private CypherException? _error;
    private IReadOnlyDictionary<string, int>? _sideEffects;
    private QueryCounters? _counters;
    private Failure? _measurementFailure;
    private string? _counterNote;

    /// <summary>Runs the steps in order and stops at the first failure.</summary>
    public async Task<ScenarioOutcome> ExecuteAsync()
    {
        foreach (var step in scenario.Steps)
        {
            var failure = await RunStepAsync(step).ConfigureAwait(false);
            if (failure is not null)
            {
                return ScenarioOutcome.Failed(scenario.Id, scenario.Folder, failure.Value.Cause, $"line {step.Line}: {failure.Value.Reason}") with
                {
                    CounterNote = _counterNote,
                };
            }
        }

        return new ScenarioOutcome(scenario.Id, scenario.Folder, ScenarioStatus.Passed, CounterNote: _counterNote);
    }

    private async Task<Failure?> RunStepAsync(TckStep step)
    {
        switch (step)
        {
            case InitialGraphStep { GraphName: null }:
                return null;
            case InitialGraphStep { GraphName: { } name }:
                foreach (var statement in runner.NamedGraphStatements(name))
                {
                    var loadFailure = await SetupAsync(statement).ConfigureAwait(false);
                    if (loadFailure is not null)
                    {
                        return loadFailure;
                    }
                }

                return null;
            case SetupQueryStep setup:
                return await SetupAsync(setup.Cypher).ConfigureAwait(false);
            case ParametersStep parameters:
                return ReadParameters(parameters);
            case QueryStep query:
                return await QueryAsync(query).ConfigureAwait(false);
            case ExpectRowsStep rows:
                return CheckResult(rows, () => ResultMatcher.Mismatch(rows, _result!));
            case ExpectEmptyStep:
                return CheckResult(step, () => ResultMatcher.NotEmpty(_result!));
            case ExpectSideEffectsStep sideEffects:
                return CheckSideEffects(sideEffects.Expected);
            case ExpectErrorStep error:
                return CheckError(error);
            default:
                return new Failure("runner: unknown step", $"the runner cannot run {step.GetType().Name}");
        }
    }

    private async Task<Failure?> SetupAsync(string cypher)
    {
        try
        {
            await database.RunAsync(cypher, null, AccessMode.Write, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (CypherException e)
        {
            return new Failure("setup: " + FailureCauses.Of(e), "setup query failed: " + ErrorExpectation.Describe(e));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return FailureCauses.Crash("setup", e);
        }
    }

    private Failure? ReadParameters(ParametersStep step)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, text) in step.Parameters)
        {
            try
            {
                parameters[name] = TckValueParser.Parse(text);
            }
            catch (FormatException e)
            {
                return new Failure("runner: bad TCK value", e.Message);
            }
        }

        _parameters = parameters;
        return null;
    }

    private async Task<Failure?> QueryAsync(QueryStep query)
    {
        var measure = _measureSideEffects && !query.IsControl;
        GraphSnapshot? before = null;
        if (measure)
        {
            // A failed measurement is reported at the side-effect check, so that a failing query is blamed first.
            (before, _measurementFailure) = await SnapshotAsync("before").ConfigureAwait(false);
            _sideEffects = null;
        }

        _result = null;
        _error = null;
        try
        {
            _result = await database.RunAsync(query.Cypher, _parameters, AccessMode.Write, cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException e)
        {
            _error = e;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return FailureCauses.Crash("query", e);
        }

        if (measure && before is not null)
        {
            var (after, failure) = await SnapshotAsync("after").ConfigureAwait(false);
            _measurementFailure = failure;
            _sideEffects = after is null ? null : before.SideEffectsTo(after);
            _counters = _result?.Counters;
        }

        return null;
    }

    private async Task<(GraphSnapshot? Snapshot, Failure? Failure)> SnapshotAsync(string when)
    {
        try
        {
            return (await GraphSnapshot.TakeAsync(database, cancellationToken).ConfigureAwait(false), null);
        }
        catch (CypherException e)
        {
            return (null, new Failure("side-effect measurement: " + FailureCauses.Of(e), $"reading the graph {when} the query failed: {ErrorExpectation.Describe(e)}"));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (null, FailureCauses.Crash("side-effect measurement", e));
        }
    }

    private Failure? CheckResult(TckStep step, Func<string?> mismatch)
    {
        if (_error is not null)
        {
            return new Failure(FailureCauses.Of(_error), "expected a result, got " + ErrorExpectation.Describe(_error));
        }

        if (_result is null)
        {
            return new Failure("runner: no query", $"no query ran before the step on line {step.Line}");
        }

        try
        {
            var problem = mismatch();
            return problem is null ? null : new Failure(FailureCauses.OfMismatch(problem), problem);
        }
        catch (FormatException e)
        {
            return new Failure("runner: bad TCK value", e.Message);
        }
    }

    private Failure? CheckSideEffects(IReadOnlyDictionary<string, int> expected)
    {
        if (_error is not null)
        {
            return new Failure(FailureCauses.Of(_error), "expected side effects, got " + ErrorExpectation.Describe(_error));
        }

        if (_sideEffects is null)
        {
            return _measurementFailure ?? new Failure("runner: no measured query", "no side effects were measured");
        }

        _counterNote = _counters is null ? null : CounterCheck.Disagreements(expected, _counters);
        var wrong = StepParser.SideEffectNames
            .Where(name => expected.GetValueOrDefault(name) != _sideEffects.GetValueOrDefault(name))
            .Select(name => $"{name} expected {expected.GetValueOrDefault(name)}, got {_sideEffects.GetValueOrDefault(name)}")
            .ToList();
        return wrong.Count == 0
            ? null
            : new Failure("wrong side effects", $"wrong side effects: {string.Join("; ", wrong)} (engine counters: {FailureCauses.Describe(_counters)})");
    }

    private Failure? CheckError(ExpectErrorStep expected)
    {
        if (_error is null)
        {
            var rows = _result is null ? string.Empty : $" ({_result.Rows.Count} row(s))";
            return new Failure(
                $"no error raised: expected {expected.ErrorType}/{expected.Detail}",
                $"expected {ErrorExpectation.Describe(expected)}, but the query succeeded{rows}");
        }

        var mismatch = ErrorExpectation.Mismatch(expected, _error);
        if (mismatch is not null)
        {
            return new Failure(
                $"wrong error: expected {expected.ErrorType}/{expected.Detail}, got {ErrorExpectation.LastSegment(_error.Code)}/{_error.Detail ?? "-"}",
                mismatch);
        }

        if (_measurementFailure is not null)
        {
            return _measurementFailure;
        }

        var leftovers = _sideEffects?.Where(p => p.Value != 0).Select(p => $"{p.Key} {p.Value}").ToList();
        return leftovers is { Count: > 0 }
            ? new Failure("side effects despite error", $"the failed query left side effects: {string.Join(", ", leftovers)}")
            : null;
    }
}

/// <summary>Why a step failed: a short cause shared by similar failures, and the full reason.</summary>
internal readonly record struct Failure(string Cause, string Reason);
