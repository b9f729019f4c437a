using System.Text;
using GraphExplorer.Graph.Text;

namespace GraphExplorer.Engine.Tests.Text;

/// <summary>The port's one folding table (GraphExplorer.Graph.Text.TextFolding), used by the fulltext analyzer and by Core's search.</summary>
public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Faruk Geçi", "faruk geci")]
    [InlineData("GEÇI", "geci")]
    [InlineData("Đurđević", "durdevic")]
    [InlineData("  KOSOVË   e  ", "kosove e")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Æsir Ørsted Þór Œuvre", "aesir orsted thor oeuvre")]
    [InlineData("İstanbul ıspanak Ħamrun ŋ", "istanbul ispanak hamrun n")]
    [InlineData("ĳssel ﬁnal Ｇｅｃｉ", "ijssel final geci")]
    [InlineData("Nguyễn Thị Ánh", "nguyen thi anh")]
    [InlineData("O’Neil", "o'neil")]
    public void Latin_letters_lose_case_and_diacritics_as_lucene_ascii_folding_folds_them(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));

    [Theory]
    [InlineData("Фарук Геци", "фарук геци")]
    [InlineData("Йовановић Ёлка", "йовановић ёлка")]
    [InlineData("Ελληνικά", "ελληνικά")]
    public void Other_scripts_are_only_lower_cased(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));

    [Fact]
    public void A_letter_followed_by_a_combining_mark_folds_like_the_precomposed_letter()
    {
        Assert.Equal("geci", TextFolding.Fold("Gec\u0327i"));
        Assert.Equal("й", TextFolding.Fold("и\u0306"));
    }

    [Fact]
    public void Folding_one_character_at_a_time_matches_folding_the_text()
    {
        var builder = new StringBuilder();
        foreach (var c in "ĐurićŁß")
        {
            TextFolding.AppendFolded(builder, c);
        }

        Assert.Equal("durićlss".Replace("ć", "c", StringComparison.Ordinal), builder.ToString());
    }

    [Fact]
    public void Folding_is_safe_from_many_threads() =>
        Parallel.For(0, 200, _ => Assert.Equal("durdevic geci", TextFolding.Fold("Đurđević Geçi")));
}
