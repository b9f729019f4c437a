using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace GraphExplorer.Graph.Text;

/// <summary>
/// The project's one text-folding rule: lower case, and Latin letters without their diacritics, as Lucene's
/// <c>ASCIIFoldingFilter</c> folds them (<c>Geçi</c> → <c>geci</c>, <c>Đurić</c> → <c>duric</c>, <c>ł</c> → <c>l</c>,
/// <c>ß</c> → <c>ss</c>, <c>æ</c> → <c>ae</c>, <c>ø</c> → <c>o</c>, full-width and ligature forms to plain letters).
/// Other scripts are only lower-cased (Cyrillic stays Cyrillic: <c>й</c> is not <c>и</c>). Used by the engine's
/// fulltext analyzer and by Core's search. Stateless and thread-safe.
/// </summary>
public static class TextFolding
{
    // Latin letters that no Unicode decomposition reduces to a plain letter, folded as ASCIIFoldingFilter does.
    private static readonly FrozenDictionary<char, string> Undecomposable = new Dictionary<char, string>
    {
        ['æ'] = "ae", ['ǽ'] = "ae", ['ǣ'] = "ae", ['ð'] = "d", ['đ'] = "d", ['ɖ'] = "d", ['ɗ'] = "d", ['ƌ'] = "d", ['ȡ'] = "d",
        ['ø'] = "o", ['ǿ'] = "o", ['ɵ'] = "o", ['þ'] = "th", ['ß'] = "ss", ['ħ'] = "h", ['ı'] = "i", ['ĸ'] = "q",
        ['ł'] = "l", ['ƚ'] = "l", ['ȴ'] = "l", ['ŋ'] = "n", ['ɲ'] = "n", ['ƞ'] = "n", ['ȵ'] = "n", ['œ'] = "oe",
        ['ƀ'] = "b", ['ɓ'] = "b", ['ƃ'] = "b", ['ƈ'] = "c", ['ɕ'] = "c", ['ȼ'] = "c", ['ƒ'] = "f", ['ɠ'] = "g", ['ǥ'] = "g",
        ['ƙ'] = "k", ['ƥ'] = "p", ['ʠ'] = "q", ['ɍ'] = "r", ['ʂ'] = "s", ['ȿ'] = "s", ['ƭ'] = "t", ['ʈ'] = "t", ['ŧ'] = "t",
        ['ȶ'] = "t", ['ʉ'] = "u", ['ʋ'] = "v", ['ƴ'] = "y", ['ɏ'] = "y", ['ƶ'] = "z", ['ȥ'] = "z", ['ʐ'] = "z", ['ʑ'] = "z",
        ['ɀ'] = "z", ['ǝ'] = "e", ['ə'] = "a", ['ɛ'] = "e", ['ɇ'] = "e", ['ɉ'] = "j", ['ʝ'] = "j", ['ɨ'] = "i", ['ɦ'] = "h",
        ['ɥ'] = "h", ['ɯ'] = "m", ['ɱ'] = "m", ['ɔ'] = "o", ['ƣ'] = "oi", ['ȣ'] = "ou", ['ɋ'] = "q",
    }.ToFrozenDictionary();

    // Every character of the Latin blocks, full-width Latin and the Latin ligatures whose folded form differs from
    // its lower case; computed once from Unicode's compatibility decomposition and the table above.
    private static readonly FrozenDictionary<char, string> Table = BuildTable();

    /// <summary>The folded form of <paramref name="text"/>, with runs of whitespace collapsed to one space and trimmed.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var character in Composed(text))
        {
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
            AppendFolded(builder, character);
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Appends the folded form of one character (one or more characters, e.g. <c>ß</c> → <c>ss</c>).</summary>
    public static void AppendFolded(StringBuilder builder, char character)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (character < 0x80)
        {
            builder.Append(character is >= 'A' and <= 'Z' ? (char)(character + 32) : character);
        }
        else if (Table.TryGetValue(character, out var folded))
        {
            builder.Append(folded);
        }
        else
        {
            builder.Append(char.ToLowerInvariant(character));
        }
    }

    /// <summary>
    /// <paramref name="text"/> in Unicode composed form (NFC), so that a letter followed by a combining mark folds like
    /// the precomposed letter; text that is already composed is returned as is.
    /// </summary>
    public static string Composed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static FrozenDictionary<char, string> BuildTable()
    {
        var table = new Dictionary<char, string>();
        foreach (var (first, last) in new (char, char)[] { ('\u00C0', '\u02AF'), ('\u1E00', '\u1EFF'), ('\u2C60', '\u2C7F'), ('\uA720', '\uA7FF'), ('\uFB00', '\uFB06'), ('\uFF21', '\uFF5A') })
        {
            for (var character = first; character <= last; character++)
            {
                if (FoldLatin(character) is { } folded && folded != char.ToLowerInvariant(character).ToString())
                {
                    table[character] = folded;
                }
            }
        }

        // Quotation marks that ASCIIFoldingFilter turns into an apostrophe, so "O’Neil" is "o'neil".
        foreach (var quote in "\u2018\u2019\u201B\u2032")
        {
            table[quote] = "'";
        }

        return table.ToFrozenDictionary();
    }

    // The plain lower-case letters of a Latin character, or null when it has none (it then only lower-cases).
    private static string? FoldLatin(char character)
    {
        var lower = char.ToLowerInvariant(character);
        if (Undecomposable.TryGetValue(lower, out var special))
        {
            return special;
        }

        if (!char.IsLetter(character))
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var part in character.ToString().Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || !char.IsLetterOrDigit(part))
            {
                continue;
            }

            var partLower = char.ToLowerInvariant(part);
            if (partLower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(partLower);
            }
            else if (Undecomposable.TryGetValue(partLower, out var partSpecial))
            {
                builder.Append(partSpecial);
            }
            else
            {
                return null;
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
