using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary><c>UNWIND list AS x</c>: one row per element; null gives no row, a non-list value one row.</summary>
internal sealed class UnwindOperator : Operator
{
    private readonly Operator _source;
    private readonly Expression _list;
    private readonly string _variable;

    public UnwindOperator(Operator source, Expression list, string variable)
        : base(source)
    {
        _source = source;
        _list = list;
        _variable = variable;
    }

    /// <inheritdoc />
    public override string Name => "Unwind";

    /// <inheritdoc />
    public override string Details => _variable;

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in _source.Execute(context, argument))
        {
            var value = context.Evaluator.Evaluate(_list, row);
            switch (value)
            {
                case null:
                    break;
                case IReadOnlyList<object?> list:
                    foreach (var item in list)
                    {
                        context.Tick();
                        yield return row.With(_variable, item);
                    }

                    break;
                case IPathValue path:
                    foreach (var item in CypherEquality.PathAsList(path))
                    {
                        yield return row.With(_variable, item);
                    }

                    break;
                default:
                    yield return row.With(_variable, value);
                    break;
            }
        }
    }
}
