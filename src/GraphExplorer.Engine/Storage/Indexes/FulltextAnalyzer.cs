using System.Globalization;
using System.Text;

namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>
/// Splits text into the terms a fulltext index stores and searches: runs of letters and digits, lower-cased,
/// with diacritics removed ("Geçi" → "geci", "Łódź" → "lodz"), so matching is case- and diacritic-insensitive. Thread-safe.
/// </summary>
internal static class FulltextAnalyzer
{
    /// <summary>The terms of <paramref name="text"/>, in order (repeats kept).</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        var term = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                term.Append(Fold(char.ToLowerInvariant(c)));
            }
            else if (term.Length > 0)
            {
                terms.Add(term.ToString());
                term.Clear();
            }
        }

        if (term.Length > 0)
        {
            terms.Add(term.ToString());
        }

        return terms;
    }

    /// <summary>Letters that carry their mark in the letter itself (no decomposition exists), as plain Latin letters.</summary>
    private static string Fold(char c) => c switch
    {
        'ł' => "l",
        'ø' => "o",
        'đ' => "d",
        'ħ' => "h",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => c.ToString(),
    };
}
