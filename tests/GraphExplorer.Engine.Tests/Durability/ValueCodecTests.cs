using GraphExplorer.Engine.Storage.Durability;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Tests.Durability;

public sealed class ValueCodecTests
{
    public static TheoryData<object?> Values() => new()
    {
        null,
        true,
        false,
        long.MinValue,
        42L,
        double.NaN,
        double.NegativeInfinity,
        -0.5,
        string.Empty,
        "Kosovë ✓",
        new DateOnly(2008, 2, 17),
        new DateTime(2025, 6, 1, 10, 30, 0, 123, DateTimeKind.Unspecified),
        new DateTimeOffset(2025, 6, 1, 10, 30, 0, TimeSpan.FromMinutes(-150)),
        new TimeOnly(23, 59, 59, 999),
        new CypherDuration(14, 3, 14400, 5),
        new CypherPoint(7203, 1.5, -2.5),
        new CypherPoint(4979, 1, 2, 3),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_reads_back_equal(object? value)
    {
        Assert.Equal(value, RoundTrip(value));
    }

    [Fact]
    public void Lists_and_byte_arrays_read_back_equal()
    {
        var list = Assert.IsType<List<object?>>(RoundTrip(new List<object?> { 1L, "a", null, new List<object?> { 2.5 } }));
        Assert.Equal(1L, list[0]);
        Assert.Equal("a", list[1]);
        Assert.Null(list[2]);
        Assert.Equal(2.5, Assert.IsType<List<object?>>(list[3])[0]);
        Assert.Equal(new byte[] { 1, 2, 3 }, RoundTrip(new byte[] { 1, 2, 3 }));
    }

    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
    }

    private static object? RoundTrip(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ValueCodec.Write(writer, value);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        return ValueCodec.Read(reader);
    }
}
