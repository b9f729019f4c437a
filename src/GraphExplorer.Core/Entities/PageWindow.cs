namespace GraphExplorer.Core.Entities;

/// <summary>
/// Where an item stands in a sorted list: the values of its sort keys (most significant first) and its stable id,
/// which breaks ties. A cursor carries one; pages seek from it instead of counting from the start.
/// </summary>
/// <param name="Values">The item's sort key values, one per key of its <see cref="PageOrder"/> (null when absent).</param>
/// <param name="Id">The item's stable id.</param>
public sealed record PageKey(IReadOnlyList<object?> Values, string Id);

/// <summary>
/// A Relay page of a keyset-ordered list: <c>after</c>/<c>before</c> bound the list (exclusive), then <c>first</c>
/// keeps the head of what is left and <c>last</c> its tail. At least one of <c>first</c> and <c>last</c> is given.
/// </summary>
/// <param name="After">The key of the item given as <c>after</c>, or null.</param>
/// <param name="Before">The key of the item given as <c>before</c>, or null.</param>
/// <param name="First">How many from the start, or null.</param>
/// <param name="Last">How many from the end, or null.</param>
public sealed record PageWindow(PageKey? After, PageKey? Before, int? First, int? Last)
{
    /// <summary>A window of the first <paramref name="count"/> items.</summary>
    public static PageWindow Head(int count) => new(null, null, count, null);

    /// <summary>A canonical text of the window, for batch keys: equal windows give equal texts.</summary>
    public string Key => string.Join(
        '\n',
        Describe(After),
        Describe(Before),
        First?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
        Last?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-");

    private static string Describe(PageKey? key) =>
        key is null ? "-" : System.Text.Json.JsonSerializer.Serialize(key.Values) + key.Id.Length + ":" + key.Id;
}
