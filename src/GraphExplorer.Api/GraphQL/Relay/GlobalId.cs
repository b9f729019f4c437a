using System.Buffers.Text;
using System.Text;

namespace GraphExplorer.Api.GraphQL.Relay;

/// <summary>
/// Relay global ids: opaque to clients, they carry the GraphQL type name and the entity's stable
/// <c>id</c> property, as unpadded base64url of <c>"Type:id"</c>. Every id the API hands out
/// (entities, graph-shaped results) is one of these, so <c>node(id)</c> accepts any of them.
/// </summary>
internal static class GlobalId
{
    /// <summary>The global id of the entity of GraphQL type <paramref name="typeName"/> with stable id <paramref name="id"/>.</summary>
    public static string Encode(string typeName, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(id);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + id));
    }

    /// <summary>Splits a global id into type name and stable id; false for anything that is not one.</summary>
    public static bool TryDecode(string? globalId, out string typeName, out string id)
    {
        typeName = id = string.Empty;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 1024)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(globalId);
        }
        catch (FormatException)
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (ArgumentException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        typeName = text[..colon];
        id = text[(colon + 1)..];
        return true;
    }
}
