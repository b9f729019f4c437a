using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Execution.Procedures;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>A checked procedure call: the procedure, its argument expressions and the (output field, variable) pairs it binds.</summary>
internal sealed record ResolvedProcedureCall(ProcedureSignature Procedure, IReadOnlyList<Expression> Arguments, IReadOnlyList<(string Field, string Variable)> Yield);

/// <summary><c>CALL proc(args) [YIELD …]</c>: runs the procedure for each input row and binds the yielded fields (a procedure without outputs passes the row on).</summary>
internal sealed class ProcedureCallOperator : Operator
{
    private readonly Operator _source;
    private readonly ResolvedProcedureCall _call;

    public ProcedureCallOperator(Operator source, ResolvedProcedureCall call)
        : base(source)
    {
        _source = source;
        _call = call;
    }

    /// <inheritdoc />
    public override string Name => "ProcedureCall";

    /// <inheritdoc />
    public override string Details => _call.Procedure.Name;

    /// <summary>
    /// Checks a procedure call against the registry: the procedure exists, the number and (for literals) the
    /// types of the arguments fit, implicit arguments only in a standalone call, and the yielded fields exist.
    /// </summary>
    public static ResolvedProcedureCall Resolve(CallProcedureClause clause, ProcedureRegistry registry, bool standalone)
    {
        var procedure = registry.Find(clause.Name) ?? throw new CypherException(
            StatusCodes.ProcedureNotFound,
            $"There is no procedure with the name `{clause.Name}` registered for this database instance. Please ensure you've spelled the procedure name correctly and that the procedure is properly deployed.",
            ErrorPhase.Compile,
            "ProcedureNotFound",
            clause.Position);

        IReadOnlyList<Expression> arguments;
        if (clause.Arguments is null)
        {
            if (!standalone && procedure.Parameters.Count > 0)
            {
                throw Syntax("Procedure call inside a query does not support passing arguments implicitly. Pass arguments explicitly in parentheses after procedure name.", "InvalidArgumentPassingMode", clause);
            }

            arguments = [.. procedure.Parameters.Take(procedure.RequiredCount).Select(p => new ParameterExpression(p.Name) { Position = clause.Position })];
        }
        else
        {
            arguments = clause.Arguments;
            if (arguments.Count < procedure.RequiredCount || arguments.Count > procedure.Parameters.Count)
            {
                var expected = procedure.Defaults.Count == 0
                    ? $"{procedure.Parameters.Count}"
                    : $"at least {procedure.RequiredCount} (total: {procedure.Parameters.Count}, {procedure.Defaults.Count} of which have default values)";
                throw Syntax(
                    $"Procedure call does not provide the required number of arguments: got {arguments.Count} expected {expected}.",
                    "InvalidNumberOfArguments",
                    clause);
            }

            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments[i] is LiteralExpression literal && !ProcedureTypes.Accepts(procedure.Parameters[i].Type, literal.Value))
                {
                    throw Syntax(
                        $"Type mismatch: expected {procedure.Parameters[i].Type.TrimEnd('?')} but was {CypherTypes.TypeName(literal.Value)}",
                        "InvalidArgumentType",
                        literal);
                }
            }
        }

        var fields = procedure.Outputs.Select(o => o.Name).ToList();
        var yield = clause.Yield.Count == 0 && (standalone || clause.YieldAll)
            ? fields.Select(f => (f, f)).ToList()
            : clause.Yield.Select(y => (y.Field, y.Variable)).ToList();
        if (!standalone && !clause.YieldAll && clause.Yield.Count == 0 && fields.Count > 0)
        {
            throw Syntax("Procedure call inside a query must name its results with YIELD.", "UndefinedVariable", clause);
        }

        foreach (var (field, _) in yield)
        {
            if (!fields.Contains(field, StringComparer.Ordinal))
            {
                throw Syntax($"Unknown procedure output: `{field}`", "UndefinedVariable", clause);
            }
        }

        return new ResolvedProcedureCall(procedure, arguments, yield);
    }

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var procedure = _call.Procedure;
        foreach (var row in _source.Execute(context, argument))
        {
            var values = new object?[procedure.Parameters.Count];
            for (var i = _call.Arguments.Count; i < values.Length; i++)
            {
                values[i] = procedure.Defaults[i - procedure.RequiredCount];
            }

            for (var i = 0; i < _call.Arguments.Count; i++)
            {
                var value = context.Evaluator.Evaluate(_call.Arguments[i], row);
                var type = procedure.Parameters[i].Type;
                if (!ProcedureTypes.Accepts(type, value))
                {
                    throw EngineErrors.TypeError($"Type mismatch for argument `{procedure.Parameters[i].Name}` of {procedure.Name}: expected {type.TrimEnd('?')} but was {CypherTypes.TypeName(value)}");
                }

                values[i] = ProcedureTypes.Coerce(type, value);
            }

            if (procedure.Outputs.Count == 0)
            {
                _ = procedure.Invoke(context.Store, values).Count();
                yield return row;
                continue;
            }

            foreach (var output in procedure.Invoke(context.Store, values).ToList())
            {
                context.Tick();
                yield return row.With(_call.Yield.Select(y => new KeyValuePair<string, object?>(
                    y.Variable, output[IndexOf(procedure, y.Field)])));
            }
        }
    }

    private static int IndexOf(ProcedureSignature procedure, string field)
    {
        for (var i = 0; i < procedure.Outputs.Count; i++)
        {
            if (procedure.Outputs[i].Name == field)
            {
                return i;
            }
        }

        return -1;
    }

    private static CypherException Syntax(string message, string detail, AstNode node) =>
        new(StatusCodes.SyntaxError, message, ErrorPhase.Compile, detail, node.Position);
}
