using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Core.Tests.Traversals;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Faruk Geçi", "faruk geci")]
    [InlineData("Đurđević", "durdevic")]
    [InlineData("  KOSOVË   e  ", "kosove e")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    public void Folding_drops_case_diacritics_and_extra_spaces(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));
}
