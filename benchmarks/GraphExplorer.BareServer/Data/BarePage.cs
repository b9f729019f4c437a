using System.Globalization;
using System.Text;

namespace GraphExplorer.BareServer.Data;

/// <summary>A Relay page over an in-memory list: offset cursors, <c>first</c>/<c>after</c> and <c>last</c>/<c>before</c>.</summary>
internal sealed record BarePage(IReadOnlyList<BareEntity> Items, int Offset, int Total)
{
    /// <summary>Slices <paramref name="all"/> as the API's connections do (default 25, at most 100).</summary>
    public static BarePage Of(IReadOnlyList<BareEntity> all, int? first, string? after, int? last, string? before)
    {
        var start = after is null ? 0 : Position(after) + 1;
        var end = before is null ? all.Count : Math.Min(all.Count, Position(before));
        start = Math.Clamp(start, 0, all.Count);
        end = Math.Max(start, end);
        if (last is { } l && first is null)
        {
            start = Math.Max(start, end - Math.Min(l, 100));
        }
        else
        {
            end = Math.Min(end, start + Math.Min(first ?? 25, 100));
        }

        var items = new BareEntity[end - start];
        for (var i = start; i < end; i++)
        {
            items[i - start] = all[i];
        }

        return new BarePage(items, start, all.Count);
    }

    /// <summary>The cursor of the item at <paramref name="position"/> in the whole list.</summary>
    public static string Cursor(int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position a cursor of <see cref="Cursor"/> stands for.</summary>
    public static int Position(string cursor) =>
        int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).AsSpan("offset:".Length), CultureInfo.InvariantCulture);
}
