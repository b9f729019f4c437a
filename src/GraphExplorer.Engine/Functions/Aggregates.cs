using GraphExplorer.Engine.Functions.Aggregators;
using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Functions;

/// <summary>
/// The aggregate functions (count, sum, avg, min, max, collect, stDev, stDevP, percentileCont,
/// percentileDisc). <c>count(*)</c> counts rows and is the executor's. Thread-safe: no state.
/// </summary>
internal static class Aggregates
{
    private static readonly Dictionary<string, (int Min, int Max)> Arities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["count"] = (1, 1),
        ["sum"] = (1, 1),
        ["avg"] = (1, 1),
        ["min"] = (1, 1),
        ["max"] = (1, 1),
        ["collect"] = (1, 1),
        ["stDev"] = (1, 1),
        ["stDevP"] = (1, 1),
        ["percentileCont"] = (2, 2),
        ["percentileDisc"] = (2, 2),
    };

    /// <summary>Whether the name (case-insensitive) is an aggregate function.</summary>
    public static bool IsAggregate(string name) => Arities.ContainsKey(name);

    /// <summary>The number of arguments the aggregate takes, the aggregated expression included.</summary>
    public static bool TryGetArity(string name, out int min, out int max)
    {
        var found = Arities.TryGetValue(name, out var arity);
        (min, max) = arity;
        return found;
    }

    /// <summary>
    /// A fresh aggregator. <paramref name="constantArguments"/> are the evaluated arguments after the
    /// aggregated expression (the percentile of <c>percentileCont</c>/<c>percentileDisc</c>); with
    /// <paramref name="distinct"/> each distinct value (by equivalence) is fed once.
    /// </summary>
    public static IAggregator Create(string name, bool distinct, IReadOnlyList<object?> constantArguments)
    {
        IAggregator aggregator = name.ToUpperInvariant() switch
        {
            "COUNT" => new CountAggregator(),
            "SUM" => new SumAggregator(),
            "AVG" => new AvgAggregator(),
            "MIN" => new ExtremeAggregator(wantMax: false),
            "MAX" => new ExtremeAggregator(wantMax: true),
            "COLLECT" => new CollectAggregator(),
            "STDEV" => new StandardDeviationAggregator(sample: true),
            "STDEVP" => new StandardDeviationAggregator(sample: false),
            "PERCENTILECONT" => new PercentileAggregator(Percentile(name, constantArguments), continuous: true),
            "PERCENTILEDISC" => new PercentileAggregator(Percentile(name, constantArguments), continuous: false),
            _ => throw new ArgumentException($"'{name}' is not an aggregate function.", nameof(name)),
        };
        return distinct ? new DistinctAggregator(aggregator) : aggregator;
    }

    private static double Percentile(string name, IReadOnlyList<object?> constantArguments)
    {
        var argument = constantArguments.Count > 0 ? constantArguments[0] : null;
        if (argument is not (long or double))
        {
            throw CypherErrors.ArgumentError(
                $"The percentile of {name}() must be a number between 0.0 and 1.0, but was {CypherTypes.TypeName(argument)}.",
                CypherErrors.InvalidArgumentType);
        }

        var percentile = CypherTypes.ToDouble(argument);
        if (!(percentile >= 0 && percentile <= 1))
        {
            throw CypherErrors.ArgumentError(
                $"The percentile of {name}() must be between 0.0 and 1.0, but was {ValueText.FormatFloat(percentile)}.",
                CypherErrors.NumberOutOfRange);
        }

        return percentile;
    }
}
