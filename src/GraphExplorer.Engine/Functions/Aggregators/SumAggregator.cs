using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Functions.Aggregators;

/// <summary><c>sum(x)</c>: INTEGER while every value is an INTEGER (overflow is an error), FLOAT once one is a FLOAT; durations sum to a duration; 0 when empty.</summary>
internal sealed class SumAggregator : IAggregator
{
    private object? _total;

    public void Add(object? value)
    {
        switch (value)
        {
            case null:
                return;
            case long or double when _total is null or long or double:
            case CypherDuration when _total is null or CypherDuration:
                _total = _total is null ? value : CypherOperators.Add(_total, value);
                return;
            default:
                throw CypherErrors.TypeError(
                    $"sum() can only add numbers or durations, but got {CypherTypes.TypeName(value)}"
                    + (_total is null ? "." : $" after {CypherTypes.TypeName(_total)}."));
        }
    }

    public object? Result() => _total ?? 0L;
}
