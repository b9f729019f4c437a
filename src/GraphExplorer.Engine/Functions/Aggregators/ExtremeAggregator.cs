using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Functions.Aggregators;

/// <summary><c>min(x)</c> / <c>max(x)</c> under the ORDER BY order, so values of mixed types are allowed; null when there are none.</summary>
internal sealed class ExtremeAggregator(bool wantMax) : IAggregator
{
    private object? _best;

    public void Add(object? value)
    {
        if (value is null)
        {
            return;
        }

        if (_best is null)
        {
            _best = value;
            return;
        }

        var order = CypherComparison.Order(value, _best);
        if (wantMax ? order > 0 : order < 0)
        {
            _best = value;
        }
    }

    public object? Result() => _best;
}
