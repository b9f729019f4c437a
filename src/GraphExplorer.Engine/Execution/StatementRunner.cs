using GraphExplorer.Engine.Binding;
using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Execution.Operators;
using GraphExplorer.Engine.Execution.Procedures;
using GraphExplorer.Engine.Parsing;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Planning;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Transactions;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Execution;

/// <summary>
/// Runs one statement inside a transaction: parse → analyze → plan (cached) → execute → convert the
/// rows to port values. The caller holds the database lock and rolls back on failure.
/// </summary>
internal sealed class StatementRunner
{
    private readonly GraphStore _store;
    private readonly PlanCache _cache;
    private readonly TimeSpan? _timeout;
    private readonly ProcedureRegistry _procedures;

    public StatementRunner(GraphStore store, PlanCache cache, ProcedureRegistry procedures, TimeSpan? timeout)
    {
        _store = store;
        _cache = cache;
        _procedures = procedures;
        _timeout = timeout;
    }

    /// <summary>Runs <paramref name="text"/>; every change is recorded in <paramref name="undo"/>.</summary>
    public QueryResult Run(string text, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode, UndoLog undo, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            throw EngineErrors.Cancelled();
        }

        var compiled = Compile(text);
        var runtimeParameters = ValueConversion.Parameters(parameters);
        var parsed = compiled.Parsed;
        if (parsed.Body is not QueryStatement and not ShowCommand)
        {
            if (mode == AccessMode.Read)
            {
                throw EngineErrors.WriteInReadMode();
            }

            return parsed.Mode == ExecutionMode.Explain
                ? new QueryResult([], [], QueryCounters.None, "+SchemaCommand\n")
                : SchemaCommandRunner.Run(_store, parsed.Body, undo);
        }

        var profiling = parsed.Mode == ExecutionMode.Profile;
        var plan = profiling ? Plan(parsed) : compiled.Plan!;
        if (parsed.Mode == ExecutionMode.Explain)
        {
            return new QueryResult(plan.Columns, [], QueryCounters.None, PlanDescriber.Describe(plan.Root, withRows: false));
        }

        if (mode == AccessMode.Read && plan.IsUpdating)
        {
            throw EngineErrors.WriteInReadMode();
        }

        foreach (var parameter in compiled.Parameters)
        {
            if (!runtimeParameters.ContainsKey(parameter.Name))
            {
                throw EngineErrors.ParameterMissing(parameter.Name, parameter.Position);
            }
        }

        var context = new ExecutionContext(_store, undo, runtimeParameters, PlanSubquery, _timeout, cancellationToken) { Profiling = profiling, ReadOnly = !plan.IsUpdating };
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var row in plan.Root.Execute(context, Row.Empty))
        {
            context.Tick();
            if (plan.Columns.Count > 0)
            {
                rows.Add(Columns(plan.Columns, row));
            }
        }

        GraphWriter.CheckDeletedNodes(context);
        context.CheckLimits();
        var converted = rows.Select(r => (IReadOnlyList<object?>)r.Select(ValueConversion.ToPort).ToList()).ToList();
        return new QueryResult(
            plan.Columns,
            converted,
            context.Counters.ToQueryCounters(),
            profiling ? PlanDescriber.Describe(plan.Root, withRows: true) : null);
    }

    // Its own method: the lambda over the loop's row made the compiler allocate a closure for every row the
    // plan yields, also for statements without columns (an UNWIND … CREATE batch).
    private static object?[] Columns(IReadOnlyList<string> columns, Row row) => [.. columns.Select(c => row[c])];

    private CompiledStatement Compile(string text)
    {
        var schemaVersion = _store.SchemaVersion;
        if (_cache.Find(text, schemaVersion) is { } cached)
        {
            return cached;
        }

        var parsed = CypherParser.Parse(text);
        SemanticAnalyzer.Analyze(parsed);
        var plan = parsed.Body is QueryStatement or ShowCommand ? Plan(parsed) : null;
        var compiled = new CompiledStatement(parsed, ParameterCollector.Collect(parsed.Body), plan, schemaVersion);
        _cache.Add(text, compiled);
        return compiled;
    }

    private PlannedQuery Plan(ParsedStatement parsed)
    {
        var planner = new QueryPlanner(_store, _procedures);
        if (parsed.Body is ShowCommand show)
        {
            var columns = show.YieldAll
                ? ShowCommandRows.AllColumns(show.Kind).Select(c => (c, c)).ToList()
                : show.Yield.Count == 0
                    ? ShowCommandRows.DefaultColumns(show.Kind).Select(c => (c, c)).ToList()
                    : show.Yield.Select(y => (y.Field, y.Variable)).ToList();
            foreach (var (column, _) in columns)
            {
                if (!ShowCommandRows.AllColumns(show.Kind).Contains(column))
                {
                    throw new CypherException(StatusCodes.SyntaxError, $"Variable `{column}` not defined", ErrorPhase.Compile, "UndefinedVariable", show.Position);
                }
            }

            return planner.PlanClauses(new Planning.Logical.ShowSchema(show.Kind, columns), show.Tail, [.. columns.Select(c => c.Item2)]);
        }

        return planner.Plan((QueryStatement)parsed.Body, new HashSet<string>(StringComparer.Ordinal));
    }

    private Operator PlanSubquery(AstNode node, IReadOnlyCollection<string> bound) => new QueryPlanner(_store, _procedures).PlanSubquery(node, bound);
}
