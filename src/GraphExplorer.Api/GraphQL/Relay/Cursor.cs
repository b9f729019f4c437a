using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace GraphExplorer.Api.GraphQL.Relay;

/// <summary>Connection cursors: opaque base64url of <c>"cursor:&lt;offset&gt;"</c>, the edge's offset in the ordered list.</summary>
internal static class Cursor
{
    private const string Prefix = "cursor:";

    /// <summary>The cursor of the edge at <paramref name="offset"/>.</summary>
    public static string Encode(int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset a cursor stands for; false for anything that is not a cursor.</summary>
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
