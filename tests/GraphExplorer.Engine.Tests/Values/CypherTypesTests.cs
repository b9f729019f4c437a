using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Values;
using static GraphExplorer.Engine.Tests.Values.TestValues;

namespace GraphExplorer.Engine.Tests.Values;

public sealed class CypherTypesTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(1.5e-7, "1.5E-7")]
    [InlineData(1234567.0, "1234567.0")]
    [InlineData(1e7, "1.0E7")]
    [InlineData(1e10, "1.0E10")]
    [InlineData(12345678.9, "1.23456789E7")]
    [InlineData(3.6, "3.6")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(double.MaxValue, "1.7976931348623157E308")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    public void FormatFloat_prints_doubles_like_java(double value, string expected) =>
        Assert.Equal(expected, ValueText.FormatFloat(value));

    [Fact]
    public void TypeName_uses_neo4j_names()
    {
        Assert.Equal("INTEGER", CypherTypes.TypeName(1L));
        Assert.Equal("FLOAT", CypherTypes.TypeName(1.0));
        Assert.Equal("STRING", CypherTypes.TypeName("a"));
        Assert.Equal("BOOLEAN", CypherTypes.TypeName(true));
        Assert.Equal("NULL", CypherTypes.TypeName(null));
        Assert.Equal("LIST<ANY>", CypherTypes.TypeName(List(1L)));
        Assert.Equal("MAP", CypherTypes.TypeName(Map()));
        Assert.Equal("NODE", CypherTypes.TypeName(Node(1)));
        Assert.Equal("RELATIONSHIP", CypherTypes.TypeName(Relationship(1)));
        Assert.Equal("PATH", CypherTypes.TypeName(Path(Node(1))));
        Assert.Equal("DATE", CypherTypes.TypeName(new DateOnly(2025, 1, 1)));
        Assert.Equal("LOCAL DATETIME", CypherTypes.TypeName(new DateTime(2025, 1, 1)));
        Assert.Equal("ZONED DATETIME", CypherTypes.TypeName(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("DURATION", CypherTypes.TypeName(new CypherDuration(0, 1, 0, 0)));
    }

    [Fact]
    public void Normalize_widens_clr_parameters()
    {
        Assert.Equal(3L, CypherTypes.Normalize(3));
        Assert.Equal(1.5, CypherTypes.Normalize(1.5f));
        Assert.Equal("x", CypherTypes.Normalize('x'));
    }

    [Fact]
    public void Normalize_converts_collections_deeply()
    {
        var normalized = CypherTypes.Normalize(new Dictionary<string, int[]> { ["a"] = [1, 2] });
        Assert.Equal(Map(("a", List(1L, 2L))), normalized);
        Assert.Equal(List("x", List(3L)), CypherTypes.Normalize(new object[] { "x", new List<int> { 3 } }));
    }

    [Fact]
    public void IsNumber_accepts_integers_and_floats_only()
    {
        Assert.True(CypherTypes.IsNumber(1L));
        Assert.True(CypherTypes.IsNumber(1.0));
        Assert.False(CypherTypes.IsNumber("1"));
        Assert.False(CypherTypes.IsNumber(null));
    }
}
