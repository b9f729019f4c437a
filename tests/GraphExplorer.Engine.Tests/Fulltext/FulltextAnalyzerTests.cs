using GraphExplorer.Engine.Storage.Indexes;

namespace GraphExplorer.Engine.Tests.Fulltext;

public sealed class FulltextAnalyzerTests
{
    [Theory]
    [InlineData("Dimitar Geçi", new[] { "dimitar", "geci" })]
    [InlineData("Łódź, Ørsted & Straße", new[] { "lodz", "orsted", "strasse" })]
    [InlineData("  Ministry-of Foreign_Affairs 2025 ", new[] { "ministry", "of", "foreign", "affairs", "2025" })]
    [InlineData("", new string[0])]
    public void Terms_are_lower_case_without_diacritics(string text, string[] expected) =>
        Assert.Equal(expected, FulltextAnalyzer.Terms(text));

    [Fact]
    public void Query_reads_prefixes_and_ignores_operators()
    {
        var terms = FulltextQuery.Parse("Gec* OR Anna anna AND \"Kosovo\"");
        Assert.Equal(
            [new FulltextTerm("gec", true), new FulltextTerm("anna", false), new FulltextTerm("kosovo", false)],
            terms);
    }
}
