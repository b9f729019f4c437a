namespace GraphExplorer.Engine.Functions;

internal static partial class ScalarFunctions
{
    private static void RegisterMiscellaneousFunctions(Dictionary<string, Registration> registry)
    {
        Add(registry, "coalesce", 1, Variadic, a => a.FirstOrDefault(v => v is not null));
        Add(registry, "randomUUID", 0, 0, _ => Guid.NewGuid().ToString());
        Add(registry, "timestamp", 0, 0, _ => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Add(registry, "nullIf", 2, 2, a => Values.CypherEquality.Equals(a[0], a[1]) == true ? null : a[0]);
    }
}
