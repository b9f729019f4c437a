using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Graph.Values;
using GraphExplorer.Tck.Features;
using GraphExplorer.Tck.Running;

namespace GraphExplorer.Tck.Unit;

public sealed class TckSuiteRunnerTests
{
    private static readonly QueryResult NoRows = new(["n"], [], QueryCounters.None);

    [Fact]
    public async Task A_hanging_engine_fails_the_scenario_after_the_time_limit()
    {
        var suite = Suite((_, _, _) =>
        {
            Thread.Sleep(Timeout.Infinite);
            return NoRows;
        }, timeoutSeconds: 0.5);

        var outcome = await suite.RunWithTimeoutAsync(Scenario(new QueryStep(2, "RETURN 1", false)), CancellationToken.None);

        Assert.Equal((ScenarioStatus.Failed, "timeout"), (outcome.Status, outcome.Cause));
    }

    [Fact]
    public async Task A_non_cypher_exception_fails_the_scenario_and_names_the_exception_type()
    {
        var suite = Suite((_, _, _) => throw new InvalidCastException("oops"));

        var outcome = await suite.RunWithTimeoutAsync(Scenario(new QueryStep(2, "RETURN 1", false), new ExpectEmptyStep(3)), CancellationToken.None);

        Assert.Equal(ScenarioStatus.Failed, outcome.Status);
        Assert.StartsWith("crash: InvalidCastException", outcome.Cause);
    }

    [Fact]
    public async Task An_expected_error_passes_and_an_unexpected_one_is_grouped_by_its_message()
    {
        var suite = Suite((cypher, _, _) => cypher.StartsWith("MATCH", StringComparison.Ordinal)
            ? NoRows
            : throw new CypherException(StatusCodes.SyntaxError, "Variable `x` not defined (line 1, column 8 (offset: 7))", ErrorPhase.Compile, "UndefinedVariable"));

        var passing = await suite.RunWithTimeoutAsync(
            Scenario(new QueryStep(2, "RETURN x", false), new ExpectErrorStep(3, "SyntaxError", ErrorTiming.CompileTime, "UndefinedVariable")),
            CancellationToken.None);
        var failing = await suite.RunWithTimeoutAsync(Scenario(new QueryStep(2, "RETURN x", false), new ExpectEmptyStep(3)), CancellationToken.None);

        Assert.Equal(ScenarioStatus.Passed, passing.Status);
        Assert.Equal("SyntaxError: Variable `x` not defined", failing.Cause);
    }

    [Fact]
    public async Task Side_effects_are_measured_from_the_graph_before_and_after_the_query()
    {
        var created = false;
        var suite = Suite((cypher, _, _) =>
        {
            if (cypher.StartsWith("CREATE", StringComparison.Ordinal))
            {
                created = true;
                return new QueryResult([], [], new QueryCounters { NodesCreated = 2, LabelsAdded = 2 });
            }

            return cypher == "MATCH (n) RETURN n" && created
                ? new QueryResult(["n"], [[new GraphNode("1", ["L"], new Dictionary<string, object?>())], [new GraphNode("2", ["L"], new Dictionary<string, object?>())]], QueryCounters.None)
                : NoRows;
        });
        var expected = new Dictionary<string, int> { ["+nodes"] = 2, ["+labels"] = 1 };

        var outcome = await suite.RunWithTimeoutAsync(
            Scenario(new QueryStep(2, "CREATE (:L), (:L)", false), new ExpectEmptyStep(3), new ExpectSideEffectsStep(4, expected)),
            CancellationToken.None);

        Assert.Equal(ScenarioStatus.Passed, outcome.Status);
    }

    [Fact]
    public async Task Parameters_reach_the_engine_as_port_values()
    {
        IReadOnlyDictionary<string, object?>? seen = null;
        var suite = Suite((_, parameters, _) =>
        {
            seen = parameters;
            return new QueryResult(["v"], [[parameters!["p"]]], QueryCounters.None);
        });

        var outcome = await suite.RunWithTimeoutAsync(
            Scenario(
                new ParametersStep(2, [KeyValuePair.Create("p", "[1, 'a']")]),
                new QueryStep(3, "RETURN $p AS v", false),
                new ExpectRowsStep(4, ["v"], [["[1, 'a']"]], Ordered: false, ListsAsBags: false)),
            CancellationToken.None);

        Assert.Equal(ScenarioStatus.Passed, outcome.Status);
        Assert.Equal(new object?[] { 1L, "a" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(seen!["p"]));
    }

    [Fact]
    public async Task Unsupported_steps_skip_the_scenario()
    {
        var outcome = await Suite((_, _, _) => NoRows).RunWithTimeoutAsync(Scenario(new UnsupportedStep(2, "there exists a procedure")), CancellationToken.None);

        Assert.Equal(ScenarioStatus.Skipped, outcome.Status);
    }

    [Fact]
    public void Named_graph_scripts_split_at_semicolons_that_end_a_line() =>
        Assert.Equal(
            new[] { "CREATE (a)\nCREATE (b)", "CREATE ({s: 'x;y'})" },
            ScenarioRunner.SplitStatements("CREATE (a)\nCREATE (b);\nCREATE ({s: 'x;y'});\n"));

    // Generous by default: a loaded build machine must not turn a slow scenario into a timeout.
    private static TckSuiteRunner Suite(Func<string, IReadOnlyDictionary<string, object?>?, CancellationToken, QueryResult> answer, double timeoutSeconds = 60) =>
        new(new ScenarioRunner(() => new ScriptedDatabase(answer), "/nonexistent"), TimeSpan.FromSeconds(timeoutSeconds), 1);

    private static TckScenario Scenario(params TckStep[] steps) =>
        new("x/F.feature: [1] s", "x/F.feature", "x", "[1] s", [], [new InitialGraphStep(1, null), .. steps]);
}
