namespace GraphExplorer.Core.Entities;

/// <summary>
/// A Relay page as offsets into an ordered list: <c>after</c>/<c>before</c> cut the list, then <c>first</c>
/// keeps the head of what is left and <c>last</c> its tail.
/// </summary>
/// <param name="After">Offset of the cursor given as <c>after</c>, or null.</param>
/// <param name="Before">Offset of the cursor given as <c>before</c>, or null.</param>
/// <param name="First">How many from the start, or null.</param>
/// <param name="Last">How many from the end, or null.</param>
public sealed record PageWindow(int? After, int? Before, int? First, int? Last)
{
    /// <summary>The start (inclusive) and stop (exclusive) offsets of the page in a list of <paramref name="total"/> items.</summary>
    public (int Start, int Stop) Resolve(int total)
    {
        var start = After is { } after ? Math.Clamp(after + 1, 0, total) : 0;
        var stop = Before is { } before ? Math.Clamp(before, start, total) : total;
        if (First is { } first)
        {
            stop = Math.Min(stop, start + first);
        }

        if (Last is { } last)
        {
            start = Math.Max(start, stop - last);
        }

        return (start, stop);
    }
}
