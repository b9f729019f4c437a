using GraphExplorer.Engine.Parsing;

namespace GraphExplorer.Engine.Tests.Parsing;

public sealed class CypherLexerTests
{
    private static List<Token> Lex(string text) => CypherLexer.Tokenize(new SourceText(text));

    [Fact]
    public void Comments_and_whitespace_are_skipped()
    {
        var tokens = Lex("MATCH // line comment\n (n) /* block\n comment */ RETURN n");
        Assert.Equal(["MATCH", "(", "n", ")", "RETURN", "n", ""], tokens.Select(t => t.Text));
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_ends_are_whitespace()
    {
        var tokens = Lex("\uFEFFMATCH (n)\r\nRETURN n");
        Assert.Equal(["MATCH", "(", "n", ")", "RETURN", "n", ""], tokens.Select(t => t.Text));
    }

    [Theory]
    [InlineData("1..3", new[] { "1", "..", "3" })]
    [InlineData("n.name", new[] { "n", ".", "name" })]
    [InlineData("a<>b", new[] { "a", "<>", "b" })]
    [InlineData("(a)<--(b)", new[] { "(", "a", ")", "<", "-", "-", "(", "b", ")" })]
    [InlineData("x =~ 'a'", new[] { "x", "=~", "'a'" })]
    public void Symbols_split_as_the_grammar_needs(string text, string[] expected)
    {
        Assert.Equal(expected, Lex(text).SkipLast(1).Select(t => t.Text));
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1.5E-2", 0.015)]
    public void Floats_are_read_in_all_forms(string text, double expected)
    {
        var token = Lex(text)[0];
        Assert.Equal(TokenKind.Float, token.Kind);
        Assert.Equal(expected, (double)token.Value!, 10);
    }

    [Theory]
    [InlineData("'a\\tb'", "a\tb")]
    [InlineData("\"q\\\"q\"", "q\"q")]
    [InlineData("'it\\'s'", "it's")]
    [InlineData("'\\u00e9'", "é")]
    [InlineData("'\\\\'", "\\")]
    [InlineData("'line\\nbreak'", "line\nbreak")]
    public void Strings_are_unescaped(string text, string expected)
    {
        var token = Lex(text)[0];
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Fact]
    public void Backtick_names_keep_spaces_and_doubled_backticks()
    {
        var token = Lex("`my ``odd`` name`")[0];
        Assert.Equal(TokenKind.QuotedIdentifier, token.Kind);
        Assert.Equal("my `odd` name", token.Text);
    }

    [Fact]
    public void Parameters_carry_their_name()
    {
        var tokens = Lex("$name $0 $`odd name`");
        Assert.Equal(["name", "0", "odd name"], tokens.SkipLast(1).Select(t => (string)t.Value!));
    }

    [Theory]
    [InlineData("0x")]
    [InlineData("12ab")]
    [InlineData("0x1G")]
    public void Letters_glued_to_a_number_make_an_invalid_number_token(string text)
    {
        Assert.Equal(TokenKind.InvalidNumber, Lex(text)[0].Kind);
    }
}
