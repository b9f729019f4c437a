using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace GraphExplorer.Api.GraphQL.Encounters;

/// <summary>
/// Cursors of <c>encounterGroups</c>: base64url of <c>"group:&lt;offset&gt;"</c>. Groups are counted whole and ranked
/// by count before a page is cut, so an offset into that ranking is the group's place. Stateless; thread-safe.
/// </summary>
internal static class GroupCursor
{
    private const string Prefix = "group:";

    /// <summary>The cursor of the group at <paramref name="offset"/>.</summary>
    public static string Encode(int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset a cursor stands for; false for anything that is not a group cursor.</summary>
    public static bool TryDecode(string? cursor, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 64)
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
