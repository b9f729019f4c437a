using System.Globalization;
using System.Text;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// Folds text for matching: lower case, without diacritics (<c>Geçi</c> → <c>geci</c>, <c>Đurić</c> → <c>duric</c>),
/// whitespace collapsed. Stateless and thread-safe.
/// </summary>
public static class TextFolding
{
    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(character))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(Letter(char.ToLowerInvariant(character)));
        }

        return builder.ToString().TrimEnd();
    }

    // Letters that carry their mark inside the code point, so that decomposition leaves them as they are.
    private static string Letter(char character) => character switch
    {
        'đ' => "d",
        'ł' => "l",
        'ø' => "o",
        'ħ' => "h",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => character.ToString(),
    };
}
