namespace GraphExplorer.Engine.Functions;

/// <summary>
/// The scalar functions that need no graph access: string, numeric, list, conversion and temporal
/// functions, <c>coalesce</c>, <c>range</c>, … Names are case-insensitive and may carry a
/// namespace (<c>date.truncate</c>). Graph functions (<c>id</c>, <c>labels</c>, <c>nodes</c>, …)
/// are the executor's. Thread-safe: the registry is built once and never changes.
/// </summary>
internal static partial class ScalarFunctions
{
    private const int Variadic = int.MaxValue;

    private static readonly Dictionary<string, Registration> Registry = BuildRegistry();

    /// <summary>Finds a function by name (case-insensitive).</summary>
    public static bool TryGet(string name, out ScalarFunction function)
    {
        if (Registry.TryGetValue(name, out var registration))
        {
            function = registration.Function;
            return true;
        }

        function = null!;
        return false;
    }

    /// <summary>The number of arguments a function accepts (<paramref name="max"/> is <see cref="int.MaxValue"/> for variadic functions).</summary>
    public static bool TryGetArity(string name, out int min, out int max)
    {
        var found = Registry.TryGetValue(name, out var registration);
        (min, max) = found ? (registration!.MinArguments, registration.MaxArguments) : (0, 0);
        return found;
    }

    /// <summary>Every registered function name, for diagnostics and tests.</summary>
    public static IEnumerable<string> Names => Registry.Keys;

    private static Dictionary<string, Registration> BuildRegistry()
    {
        var registry = new Dictionary<string, Registration>(StringComparer.OrdinalIgnoreCase);
        RegisterStringFunctions(registry);
        RegisterMathFunctions(registry);
        RegisterListFunctions(registry);
        RegisterConversionFunctions(registry);
        RegisterTemporalFunctions(registry);
        RegisterMiscellaneousFunctions(registry);
        return registry;
    }

    private static void Add(Dictionary<string, Registration> registry, string name, int minArguments, int maxArguments, ScalarFunction function) =>
        registry.Add(name, new Registration(minArguments, maxArguments, function));

    private sealed record Registration(int MinArguments, int MaxArguments, ScalarFunction Function);
}
