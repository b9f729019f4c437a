using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine.Tests.Durability;

/// <summary>The sliced CRC-32 gives the standard check value and equals a bit-by-bit CRC at every length and split.</summary>
public sealed class Crc32Tests
{
    [Fact]
    public void The_standard_check_value_is_computed() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));

    [Fact]
    public void Every_length_and_every_split_equal_a_bitwise_crc()
    {
        var random = new Random(12);
        var data = new byte[300];
        random.NextBytes(data);
        for (var length = 0; length <= data.Length; length += 7)
        {
            var span = data.AsSpan(0, length);
            Assert.Equal(Bitwise(span), Crc32.Compute(span));
            var split = length / 3;
            Assert.Equal(Bitwise(span), Crc32.Append(Crc32.Compute(span[..split]), span[split..]));
        }
    }

    private static uint Bitwise(ReadOnlySpan<byte> data)
    {
        var value = uint.MaxValue;
        foreach (var b in data)
        {
            value ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                value = (value & 1) != 0 ? 0xEDB88320u ^ (value >> 1) : value >> 1;
            }
        }

        return ~value;
    }
}
