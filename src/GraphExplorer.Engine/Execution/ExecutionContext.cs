using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Execution.Expressions;
using GraphExplorer.Engine.Execution.Operators;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Transactions;

namespace GraphExplorer.Engine.Execution;

/// <summary>Everything one running statement needs: the store, its transaction's undo log, parameters, counters and limits. Not thread-safe.</summary>
internal sealed class ExecutionContext
{
    private const int CheckInterval = 256;
    private readonly Dictionary<AstNode, Operator> _subplans = new(ReferenceEqualityComparer.Instance);
    private readonly Func<AstNode, IReadOnlyCollection<string>, Operator> _planSubquery;
    private readonly DateTime? _deadline;
    private int _ticks;

    public ExecutionContext(
        GraphStore store,
        UndoLog undo,
        IReadOnlyDictionary<string, object?> parameters,
        Func<AstNode, IReadOnlyCollection<string>, Operator> planSubquery,
        TimeSpan? timeout,
        CancellationToken cancellationToken)
    {
        Store = store;
        Undo = undo;
        Parameters = parameters;
        _planSubquery = planSubquery;
        _deadline = timeout is { } t ? DateTime.UtcNow + t : null;
        CancellationToken = cancellationToken;
        Evaluator = new ExpressionEvaluator(this);
    }

    /// <summary>The graph.</summary>
    public GraphStore Store { get; }

    /// <summary>Where every change is recorded so the transaction can roll back.</summary>
    public UndoLog Undo { get; }

    /// <summary>The statement's parameters, already runtime values.</summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; }

    /// <summary>The side effects so far.</summary>
    public StatementCounters Counters { get; } = new();

    /// <summary>Evaluates expressions against rows.</summary>
    public ExpressionEvaluator Evaluator { get; }

    /// <summary>Whether operators count their rows (PROFILE).</summary>
    public bool Profiling { get; init; }

    /// <summary>Whether the statement cannot change the graph, so operators may walk the store's lists without copying them.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Nodes deleted without DETACH; they must have no relationships when the statement ends.</summary>
    public List<StoredNode> NodesDeletedWithoutDetach { get; } = [];

    /// <summary>The caller's cancellation.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Called by operators once per row: every few rows checks cancellation and the timeout.</summary>
    public void Tick()
    {
        if (++_ticks % CheckInterval == 0)
        {
            CheckLimits();
        }
    }

    /// <summary>Fails when the caller cancelled or the timeout passed.</summary>
    public void CheckLimits()
    {
        if (CancellationToken.IsCancellationRequested)
        {
            throw EngineErrors.Cancelled();
        }

        if (_deadline is { } deadline && DateTime.UtcNow > deadline)
        {
            throw EngineErrors.TimedOut();
        }
    }

    /// <summary>The plan of a subquery inside an expression (planned on first use, given the variables bound around it).</summary>
    public Operator Subplan(AstNode subquery, Row row)
    {
        if (!_subplans.TryGetValue(subquery, out var plan))
        {
            plan = _planSubquery(subquery, row.Names.ToHashSet(StringComparer.Ordinal));
            _subplans[subquery] = plan;
        }

        return plan;
    }
}
