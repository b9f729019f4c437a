namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>
/// Lucene's default similarity (BM25, k1 = 1.2, b = 0.75) computed as Lucene computes it, in floats: the length norm is
/// the field's length in terms stored in one byte (<c>SmallFloat.intToByte4</c>: exact below 24, then 4 significant
/// bits), idf = ln(1 + (N − df + 0.5) / (df + 0.5)) over the field's document count, and
/// score = weight − weight / (1 + tf / (k1 · (1 − b + b · length / avgLength))) with weight = boost · idf. Thread-safe.
/// </summary>
internal static class Bm25
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    // Values below this are stored as they are; 255 - intToByte4's 4-bit encoding of int.MaxValue (231) = 24.
    private const int FreeValues = 24;

    private static readonly float[] Lengths = [.. Enumerable.Range(0, 256).Select(b => (float)DecodeLength(b))];

    /// <summary>The inverse document frequency of a term held by <paramref name="documentFrequency"/> of <paramref name="documentCount"/> nodes.</summary>
    public static float Idf(long documentFrequency, long documentCount) =>
        (float)Math.Log(1 + ((documentCount - documentFrequency + 0.5D) / (documentFrequency + 0.5D)));

    /// <summary>The score of a term (or phrase) found <paramref name="frequency"/> times in a field <paramref name="length"/> terms long.</summary>
    public static float Score(float weight, float frequency, int length, float averageLength)
    {
        var normInverse = 1f / (K1 * ((1 - B) + (B * Lengths[EncodeLength(length)] / averageLength)));
        return weight - (weight / (1f + (frequency * normInverse)));
    }

    /// <summary>The one-byte norm of a length (<c>SmallFloat.intToByte4</c>).</summary>
    public static int EncodeLength(int length) => length < FreeValues ? length : FreeValues + LongToInt4(length - FreeValues);

    /// <summary>The length a one-byte norm stands for (<c>SmallFloat.byte4ToInt</c>).</summary>
    public static long DecodeLength(int encoded) => encoded < FreeValues ? encoded : FreeValues + Int4ToLong(encoded - FreeValues);

    // A 4-bit-mantissa float: 3 stored mantissa bits (the leading 1 implied) and the shift above them.
    private static int LongToInt4(long value)
    {
        var bits = 64 - long.LeadingZeroCount(value);
        if (bits < 4)
        {
            return (int)value;
        }

        var shift = (int)bits - 4;
        return (int)((value >> shift) & 0x07) | ((shift + 1) << 3);
    }

    private static long Int4ToLong(int value)
    {
        var bits = value & 0x07;
        var shift = (value >> 3) - 1;
        return shift == -1 ? bits : (long)(bits | 0x08) << shift;
    }
}
