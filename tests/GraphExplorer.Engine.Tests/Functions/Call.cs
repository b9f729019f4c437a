using GraphExplorer.Engine.Functions;

namespace GraphExplorer.Engine.Tests.Functions;

/// <summary>Calls a scalar function by name, as the executor does.</summary>
internal static class Call
{
    public static object? Function(string name, params object?[] arguments)
    {
        Assert.True(ScalarFunctions.TryGet(name, out var function), $"function {name} is not registered");
        Assert.True(ScalarFunctions.TryGetArity(name, out var min, out var max));
        Assert.InRange(arguments.Length, min, max);
        return function(arguments);
    }

    public static object? Aggregate(string name, IEnumerable<object?> values, bool distinct = false, params object?[] constantArguments)
    {
        var aggregator = Aggregates.Create(name, distinct, constantArguments);
        foreach (var value in values)
        {
            aggregator.Add(value);
        }

        return aggregator.Result();
    }
}
