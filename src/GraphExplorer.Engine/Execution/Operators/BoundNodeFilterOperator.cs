using GraphExplorer.Engine.Storage;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>Keeps rows whose already-bound node variable matches a pattern's labels and properties (null never matches).</summary>
internal sealed class BoundNodeFilterOperator : Operator
{
    private readonly Operator _source;
    private readonly string _variable;
    private readonly EntityFilter _filter;

    public BoundNodeFilterOperator(Operator source, string variable, EntityFilter filter)
        : base(source)
    {
        _source = source;
        _variable = variable;
        _filter = filter;
    }

    /// <inheritdoc />
    public override string Name => "Filter";

    /// <inheritdoc />
    public override string Details => $"{_variable}{_filter.Describe()}";

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in _source.Execute(context, argument))
        {
            if (row[_variable] is StoredNode node && !node.IsDeleted
                && EntityFilter.NodeMatches(node, _filter.LabelsOrTypes, _filter.PropertiesFor(context, row)))
            {
                yield return row;
            }
        }
    }
}
