using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>Evaluates projection items and binds them; with <c>keepInput</c> the input variables stay (for ORDER BY), otherwise only the items remain.</summary>
internal sealed class ProjectionOperator : Operator
{
    private readonly Operator _source;
    private readonly IReadOnlyList<(string Name, Expression Expression)> _items;
    private readonly bool _keepInput;

    public ProjectionOperator(Operator source, IReadOnlyList<(string Name, Expression Expression)> items, bool keepInput)
        : base(source)
    {
        _source = source;
        _items = items;
        _keepInput = keepInput;
    }

    /// <inheritdoc />
    public override string Name => "Projection";

    /// <inheritdoc />
    public override string Details => string.Join(", ", _items.Select(i => i.Name));

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in _source.Execute(context, argument))
        {
            context.Tick();
            var values = new List<KeyValuePair<string, object?>>(_items.Count);
            foreach (var (name, expression) in _items)
            {
                values.Add(new(name, context.Evaluator.Evaluate(expression, row)));
            }

            yield return _keepInput ? row.With(values) : Row.Of(values);
        }
    }
}

/// <summary>Keeps only the named variables (drops what a projection kept for sorting).</summary>
internal sealed class SelectOperator : Operator
{
    private readonly Operator _source;
    private readonly IReadOnlyList<string> _columns;

    public SelectOperator(Operator source, IReadOnlyList<string> columns)
        : base(source)
    {
        _source = source;
        _columns = columns;
    }

    /// <inheritdoc />
    public override string Name => "Select";

    /// <inheritdoc />
    public override string Details => string.Join(", ", _columns);

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in _source.Execute(context, argument))
        {
            yield return Row.Of(_columns.Select(c => new KeyValuePair<string, object?>(c, row[c])));
        }
    }
}
