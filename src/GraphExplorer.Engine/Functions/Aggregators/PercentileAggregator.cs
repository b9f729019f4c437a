using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Functions.Aggregators;

/// <summary>
/// <c>percentileCont(x, p)</c> (linear interpolation, a FLOAT) and <c>percentileDisc(x, p)</c>
/// (the nearest value at or above rank p·n, in its own type); null when there are no values.
/// </summary>
internal sealed class PercentileAggregator(double percentile, bool continuous) : IAggregator
{
    private readonly List<object> _values = [];

    public void Add(object? value)
    {
        if (value is null)
        {
            return;
        }

        if (value is not (long or double))
        {
            throw CypherErrors.TypeError(
                $"{(continuous ? "percentileCont" : "percentileDisc")}() expects numbers, but got {CypherTypes.TypeName(value)}.");
        }

        _values.Add(value);
    }

    public object? Result()
    {
        if (_values.Count == 0)
        {
            return null;
        }

        var sorted = _values.Order(CypherComparison.Ordering).ToList();
        if (continuous)
        {
            var position = percentile * (sorted.Count - 1);
            var lower = (int)Math.Floor(position);
            var upper = (int)Math.Ceiling(position);
            var low = CypherTypes.ToDouble(sorted[lower]);
            var high = CypherTypes.ToDouble(sorted[upper]);
            return lower == upper ? low : low + ((position - lower) * (high - low));
        }

        var index = (int)Math.Ceiling(percentile * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
