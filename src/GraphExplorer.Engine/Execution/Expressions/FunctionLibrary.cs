using GraphExplorer.Engine.Functions;

namespace GraphExplorer.Engine.Execution.Expressions;

/// <summary>The evaluator's door to the scalar functions and aggregates of <c>Functions/</c>.</summary>
internal static class FunctionLibrary
{
    /// <summary>A scalar function by name (case-insensitive).</summary>
    public static bool TryGetScalar(string name, out ScalarFunction function) => ScalarFunctions.TryGet(name, out function);

    /// <summary>Whether <paramref name="name"/> is an aggregating function.</summary>
    public static bool IsAggregate(string name) => Aggregates.IsAggregate(name);

    /// <summary>A new aggregate for one group.</summary>
    public static IAggregator CreateAggregate(string name, bool distinct, IReadOnlyList<object?> constantArguments) =>
        Aggregates.Create(name, distinct, constantArguments);
}
