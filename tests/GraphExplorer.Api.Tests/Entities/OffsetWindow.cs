namespace GraphExplorer.Api.Tests.Entities;

/// <summary>
/// The offset paging the API used before keyset cursors, kept as the tests' oracle: <c>after</c>/<c>before</c> are
/// offsets cutting the whole sorted list, then <c>first</c> keeps the head of what is left and <c>last</c> its tail.
/// </summary>
internal sealed record OffsetWindow(int? After, int? Before, int? First, int? Last)
{
    /// <summary>The page of <paramref name="items"/> this window selects, and whether items follow and precede it.</summary>
    public (IReadOnlyList<T> Page, bool HasNext, bool HasPrevious) Slice<T>(IReadOnlyList<T> items)
    {
        var start = After is { } after ? Math.Clamp(after + 1, 0, items.Count) : 0;
        var stop = Before is { } before ? Math.Clamp(before, start, items.Count) : items.Count;
        if (First is { } first)
        {
            stop = Math.Min(stop, start + first);
        }

        if (Last is { } last)
        {
            start = Math.Max(start, stop - last);
        }

        return ([.. items.Skip(start).Take(stop - start)], stop < items.Count, start > 0);
    }
}
