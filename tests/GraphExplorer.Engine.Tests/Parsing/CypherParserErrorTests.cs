using static GraphExplorer.Engine.Tests.Parsing.ParseHelpers;

namespace GraphExplorer.Engine.Tests.Parsing;

public sealed class CypherParserErrorTests
{
    [Fact]
    public void Unknown_clause_is_reported_with_its_position()
    {
        var error = SyntaxError("MATCH (n) RETRUN n");
        Assert.Equal("UnexpectedSyntax", error.Detail);
        Assert.NotNull(error.Position);
        Assert.Equal(10, error.Position.Value.Offset);
        Assert.Equal(1, error.Position.Value.Line);
        Assert.Equal(11, error.Position.Value.Column);
        Assert.StartsWith("Invalid input 'RETRUN': expected", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(line 1, column 11 (offset: 10))", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_on_later_lines_count_lines_and_columns()
    {
        var error = SyntaxError("MATCH (n)\nRETURN n +\n)");
        Assert.Equal(3, error.Position!.Value.Line);
        Assert.Equal(1, error.Position.Value.Column);
    }

    [Fact]
    public void Truncated_statement_reports_the_end()
    {
        var error = SyntaxError("MATCH (n");
        Assert.Equal(8, error.Position!.Value.Offset);
        Assert.StartsWith("Invalid input '':", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RETURN 9223372036854775808 AS literal", "IntegerOverflow")]
    [InlineData("RETURN -9223372036854775809 AS literal", "IntegerOverflow")]
    [InlineData("RETURN 0x8000000000000000 AS literal", "IntegerOverflow")]
    [InlineData("RETURN -0x8000000000000001 AS literal", "IntegerOverflow")]
    [InlineData("RETURN 0o1000000000000000000000 AS literal", "IntegerOverflow")]
    [InlineData("RETURN -0o1000000000000000000001 AS literal", "IntegerOverflow")]
    [InlineData("RETURN 9223372h54775808 AS literal", "InvalidNumberLiteral")]
    [InlineData("RETURN 0x AS literal", "InvalidNumberLiteral")]
    [InlineData("RETURN 0x1A2b3j4D5E6f7 AS literal", "InvalidNumberLiteral")]
    [InlineData("RETURN 0x1A2b3c4Z5E6f7 AS literal", "InvalidNumberLiteral")]
    [InlineData("RETURN 1.34E999", "FloatingPointOverflow")]
    [InlineData("RETURN '\\uH'", "InvalidUnicodeLiteral")]
    [InlineData("RETURN 42 \u2014 41", "InvalidUnicodeCharacter")]
    [InlineData("RETURN 9223372#54775808 AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN [, ] AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN [[[]] AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN [[','[]',']] AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {1B2c3e67:1} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {k1#k: 1} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {k1.k: 1} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {, } AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {1} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {[]} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {{}} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {k: {k: {}} AS literal", "UnexpectedSyntax")]
    [InlineData("MATCH (a:A)\nMATCH (a)-[:LIKES..]->(c)\nRETURN c.name", "InvalidRelationshipPattern")]
    [InlineData("MATCH (a:A)\nMATCH (a)-[:LIKES*-2]->(c)\nRETURN c.name", "InvalidRelationshipPattern")]
    public void Tck_syntax_errors_carry_the_tck_name(string query, string detail)
    {
        Assert.Equal(detail, SyntaxError(query).Detail);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("// only a comment")]
    [InlineData("MATCH (n) RETURN n n")]
    [InlineData("RETURN 'unterminated")]
    [InlineData("RETURN `unterminated")]
    [InlineData("RETURN 1 /* unterminated")]
    [InlineData("MATCH (n)-[r->(m) RETURN n")]
    [InlineData("RETURN CASE WHEN true THEN 1")]
    [InlineData("RETURN $")]
    [InlineData("CREATE CONSTRAINT FOR (n:A) REQUIRE m.x IS UNIQUE")]
    public void Malformed_statements_are_syntax_errors(string query)
    {
        SyntaxError(query);
    }
}
