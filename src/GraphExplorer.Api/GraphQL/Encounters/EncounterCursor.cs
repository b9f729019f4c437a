using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Encounters;

namespace GraphExplorer.Api.GraphQL.Encounters;

/// <summary>
/// Keyset cursors of <c>encounters</c>: opaque base64url of <c>"encounter:"</c> and the encounter's
/// <see cref="EncounterKey"/> as a JSON array, so <c>after</c> seeks to the next key instead of counting.
/// </summary>
internal static class EncounterCursor
{
    private const string Prefix = "encounter:";

    /// <summary>The cursor of an encounter.</summary>
    public static string Encode(Encounter encounter) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + JsonSerializer.Serialize(EncounterKey.Of(encounter).Parts)));

    /// <summary>The key a cursor stands for; false for anything that is not one.</summary>
    public static bool TryDecode(string cursor, out EncounterKey? key)
    {
        key = null;
        if (cursor.Length > 4096)
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (!text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return false;
            }

            key = JsonSerializer.Deserialize<List<string>>(text.AsSpan(Prefix.Length)) is { } parts && parts.TrueForAll(p => p is not null)
                ? EncounterKey.FromParts(parts)
                : null;
            return key is not null;
        }
        catch (Exception error) when (error is FormatException or JsonException)
        {
            return false;
        }
    }
}
