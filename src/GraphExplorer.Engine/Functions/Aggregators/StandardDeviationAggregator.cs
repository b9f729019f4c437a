using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Functions.Aggregators;

/// <summary><c>stDev(x)</c> (sample) and <c>stDevP(x)</c> (population), by Welford's method; 0.0 when too few values.</summary>
internal sealed class StandardDeviationAggregator(bool sample) : IAggregator
{
    private long _count;
    private double _mean;
    private double _squares;

    public void Add(object? value)
    {
        if (value is null)
        {
            return;
        }

        if (value is not (long or double))
        {
            throw CypherErrors.TypeError($"{(sample ? "stDev" : "stDevP")}() expects numbers, but got {CypherTypes.TypeName(value)}.");
        }

        var number = CypherTypes.ToDouble(value);
        _count++;
        var delta = number - _mean;
        _mean += delta / _count;
        _squares += delta * (number - _mean);
    }

    public object? Result()
    {
        var divisor = sample ? _count - 1 : _count;
        return divisor <= 0 ? 0.0 : Math.Sqrt(_squares / divisor);
    }
}
