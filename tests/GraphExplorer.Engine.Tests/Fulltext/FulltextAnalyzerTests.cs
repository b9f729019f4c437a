using GraphExplorer.Engine.Storage.Indexes;

namespace GraphExplorer.Engine.Tests.Fulltext;

public sealed class FulltextAnalyzerTests
{
    [Theory]
    [InlineData("Dimitar Geçi", new[] { "dimitar", "geci" })]
    [InlineData("Łódź, Ørsted & Straße", new[] { "lodz", "orsted", "strasse" })]
    [InlineData("  Ministry-of Foreign_Affairs 2025 ", new[] { "ministry", "of", "foreign", "affairs", "2025" })]
    [InlineData("F. Geci, O'Neil v3.5", new[] { "f", "geci", "o'neil", "v3.5" })]
    [InlineData("Фарук Геци", new[] { "фарук", "геци" })]
    [InlineData("", new string[0])]
    public void Terms_are_words_folded_by_the_one_table(string text, string[] expected) =>
        Assert.Equal(expected, FulltextAnalyzer.Terms(text));

    [Fact]
    public void Lucene_length_norm_is_exact_below_24_and_keeps_four_significant_bits_above()
    {
        Assert.Equal(23, Bm25.DecodeLength(Bm25.EncodeLength(23)));
        Assert.Equal(30, Bm25.DecodeLength(Bm25.EncodeLength(30)));
        Assert.Equal(96, Bm25.DecodeLength(Bm25.EncodeLength(100)));
    }
}
