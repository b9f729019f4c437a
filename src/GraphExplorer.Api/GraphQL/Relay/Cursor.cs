using System.Buffers.Text;
using System.Text.Json;
using GraphExplorer.Core.Entities;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Api.GraphQL.Relay;

/// <summary>
/// Connection cursors: opaque base64url of a JSON array <c>["k1", order, [sort key values], id]</c>, the edge's place
/// in its sorted list, so <c>after</c>/<c>before</c> seek to it whatever was inserted or deleted meanwhile. A cursor
/// names the order it was made for and is refused under another. Stateless; thread-safe.
/// </summary>
internal static class Cursor
{
    private const string Version = "k1";
    private const int MaxLength = 4096;

    /// <summary>Why a text is not a cursor of a connection.</summary>
    public enum Problem
    {
        /// <summary>It is one.</summary>
        None,

        /// <summary>Not a cursor of this API at all.</summary>
        Malformed,

        /// <summary>An offset cursor of an earlier version of the API (<c>cursor:&lt;offset&gt;</c>).</summary>
        Offset,

        /// <summary>A cursor made under another sort order.</summary>
        OtherOrder,
    }

    /// <summary>The cursor of the item at <paramref name="key"/> in the order named <paramref name="signature"/>.</summary>
    public static string Encode(PageKey key, string signature)
    {
        ArgumentNullException.ThrowIfNull(key);
        var json = JsonSerializer.SerializeToUtf8Bytes<object?[]>([Version, signature, key.Values, key.Id]);
        return Base64Url.EncodeToString(json);
    }

    /// <summary>The key a cursor stands for under the order named <paramref name="signature"/>, or why there is none.</summary>
    public static Problem TryDecode(string? cursor, string signature, out PageKey? key)
    {
        key = null;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > MaxLength)
        {
            return Problem.Malformed;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            return Problem.Malformed;
        }

        if (bytes.AsSpan().StartsWith("cursor:"u8))
        {
            return Problem.Offset;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != 4 || root[0].ValueKind != JsonValueKind.String
                || root[0].GetString() != Version || root[1].ValueKind != JsonValueKind.String
                || root[2].ValueKind != JsonValueKind.Array || root[3].ValueKind != JsonValueKind.String)
            {
                return Problem.Malformed;
            }

            if (root[1].GetString() != signature)
            {
                return Problem.OtherOrder;
            }

            var values = new List<object?>();
            foreach (var element in root[2].EnumerateArray())
            {
                // Sort keys are scalars; a list or map in a key is not a cursor this API made.
                if (element.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                {
                    return Problem.Malformed;
                }

                values.Add(PlainJson.Read(element));
            }

            key = new PageKey(values, root[3].GetString()!);
            return Problem.None;
        }
        catch (JsonException)
        {
            return Problem.Malformed;
        }
    }
}
