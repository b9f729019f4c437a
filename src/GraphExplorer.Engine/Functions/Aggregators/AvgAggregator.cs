using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Functions.Aggregators;

/// <summary><c>avg(x)</c>: sum divided by count as a FLOAT for numbers, a duration for durations, null when there are no values.</summary>
internal sealed class AvgAggregator : IAggregator
{
    private long _count;
    private Int128 _integerSum;
    private double? _floatSum;
    private CypherDuration? _durationTotal;

    public void Add(object? value)
    {
        switch (value)
        {
            case null:
                return;
            case long l when _durationTotal is null:
                // An exact integer sum cannot overflow where a 64-bit one could.
                _count++;
                if (_floatSum is { } sum)
                {
                    _floatSum = sum + l;
                }
                else
                {
                    _integerSum += l;
                }

                return;
            case double d when _durationTotal is null:
                _count++;
                _floatSum = (_floatSum ?? (double)_integerSum) + d;
                return;
            case CypherDuration duration when _count == 0 || _durationTotal is not null:
                _count++;
                _durationTotal = _durationTotal is null ? duration : (CypherDuration)CypherOperators.Add(_durationTotal.Value, duration)!;
                return;
            default:
                throw CypherErrors.TypeError($"avg() can only average numbers or durations, but got {CypherTypes.TypeName(value)}.");
        }
    }

    public object? Result()
    {
        if (_count == 0)
        {
            return null;
        }

        if (_durationTotal is { } total)
        {
            return Temporals.Scale(total, 1.0 / _count);
        }

        return _floatSum is { } sum ? sum / _count : (double)_integerSum / _count;
    }
}
