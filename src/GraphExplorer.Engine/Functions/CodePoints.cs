namespace GraphExplorer.Engine.Functions;

/// <summary>String positions counted in Unicode code points, as Neo4j counts them (a surrogate pair is one character).</summary>
internal static class CodePoints
{
    /// <summary>The number of code points in the text.</summary>
    public static int Count(string text)
    {
        var surrogatePairs = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (char.IsSurrogatePair(text[i], text[i + 1]))
            {
                surrogatePairs++;
                i++;
            }
        }

        return text.Length - surrogatePairs;
    }

    /// <summary>Up to <paramref name="length"/> code points starting at code point <paramref name="start"/> (both non-negative).</summary>
    public static string Slice(string text, long start, long length)
    {
        var from = Offset(text, start);
        if (from >= text.Length || length == 0)
        {
            return string.Empty;
        }

        var to = from + Offset(text.AsSpan(from), length);
        return text[from..to];
    }

    /// <summary>The UTF-16 offset of the code point at <paramref name="codePoints"/>, or the text length when past the end.</summary>
    private static int Offset(ReadOnlySpan<char> text, long codePoints)
    {
        var offset = 0;
        for (long seen = 0; seen < codePoints && offset < text.Length; seen++)
        {
            offset += offset + 1 < text.Length && char.IsSurrogatePair(text[offset], text[offset + 1]) ? 2 : 1;
        }

        return offset;
    }
}
