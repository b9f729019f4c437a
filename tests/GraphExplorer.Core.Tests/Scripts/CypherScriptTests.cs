using GraphExplorer.Core.Scripts;
using GraphExplorer.Core.Setup;
using GraphExplorer.Core.Tests.Support;

namespace GraphExplorer.Core.Tests.Scripts;

public sealed class CypherScriptTests
{
    [Fact]
    public void Split_returns_each_statement_with_its_starting_line()
    {
        var statements = CypherScript.Split("CREATE (a);\nCREATE (b);\n\n  MATCH (n)\n  RETURN n;\n");

        Assert.Equal(
            [new CypherStatement("CREATE (a)", 1), new CypherStatement("CREATE (b)", 2), new CypherStatement("MATCH (n)\n  RETURN n", 4)],
            statements);
    }

    [Fact]
    public void Split_keeps_a_last_statement_without_a_semicolon()
    {
        var statements = CypherScript.Split("CREATE (a);\nRETURN 1  \n");

        Assert.Equal([new CypherStatement("CREATE (a)", 1), new CypherStatement("RETURN 1", 2)], statements);
    }

    [Theory]
    [InlineData("RETURN 'a;b' AS x;RETURN 2", "RETURN 'a;b' AS x")]
    [InlineData("RETURN \"a;b\" AS x;RETURN 2", "RETURN \"a;b\" AS x")]
    [InlineData("RETURN 'it\\'s;' AS x;RETURN 2", "RETURN 'it\\'s;' AS x")]
    [InlineData("RETURN \"say \\\";\\\"\" AS x;RETURN 2", "RETURN \"say \\\";\\\"\" AS x")]
    [InlineData("RETURN 'back\\\\';RETURN 2", "RETURN 'back\\\\'")]
    [InlineData("RETURN 'http://example.org/a;b' AS u;RETURN 2", "RETURN 'http://example.org/a;b' AS u")]
    [InlineData("RETURN '/* not a comment;' AS u;RETURN 2", "RETURN '/* not a comment;' AS u")]
    public void Split_ignores_semicolons_inside_string_literals(string script, string first)
    {
        var statements = CypherScript.Split(script);

        Assert.Equal([first, "RETURN 2"], statements.Select(s => s.Text));
    }

    [Fact]
    public void Split_ignores_semicolons_inside_backtick_names()
    {
        var statements = CypherScript.Split("MATCH (`a;b`) RETURN `a;b`;MATCH (`x``;y`) RETURN 1;RETURN 2");

        Assert.Equal(["MATCH (`a;b`) RETURN `a;b`", "MATCH (`x``;y`) RETURN 1", "RETURN 2"], statements.Select(s => s.Text));
    }

    [Fact]
    public void Split_ignores_semicolons_inside_comments_and_drops_comments_between_statements()
    {
        const string script = """
            // a header; with a semicolon
            /* a block;
               comment */
            MATCH (n) // trailing; comment
            RETURN n;
            // only a comment;
            /* another; */
            RETURN 2;
            """;

        var statements = CypherScript.Split(script);

        Assert.Equal(
            [new CypherStatement("MATCH (n) // trailing; comment\nRETURN n", 4), new CypherStatement("RETURN 2", 8)],
            statements);
    }

    [Fact]
    public void Split_counts_lines_inside_multi_line_strings_and_comments()
    {
        const string script = "RETURN 'one\ntwo';\n/* x\ny\n*/ RETURN `a\nb`;\nRETURN 3;";

        var statements = CypherScript.Split(script);

        Assert.Equal([1, 5, 7], statements.Select(s => s.Line));
    }

    [Fact]
    public void Split_returns_nothing_for_blank_or_comment_only_scripts()
    {
        Assert.Empty(CypherScript.Split(""));
        Assert.Empty(CypherScript.Split("  ;\n ; // nothing\n/* nothing */"));
    }

    [Fact]
    public void Split_keeps_an_unterminated_string_in_the_last_statement()
    {
        var statements = CypherScript.Split("RETURN 1;RETURN 'open; still open");

        Assert.Equal(["RETURN 1", "RETURN 'open; still open"], statements.Select(s => s.Text));
    }

    [Fact]
    public void Split_handles_windows_line_breaks()
    {
        var statements = CypherScript.Split("CREATE (a);\r\n\r\nCREATE (b);\r\n");

        Assert.Equal([new CypherStatement("CREATE (a)", 1), new CypherStatement("CREATE (b)", 3)], statements);
    }

    [Fact]
    public async Task The_repository_scripts_split_into_the_documented_number_of_statements()
    {
        var schema = await CypherScript.ReadFileAsync(CypherFolder.File("schema.cypher"), CancellationToken.None);
        var seed = 0;
        foreach (var file in DatabaseInitializer.FindSeedFiles(CypherFolder.Path))
        {
            seed += (await CypherScript.ReadFileAsync(file, CancellationToken.None)).Count;
        }

        Assert.Equal(20, schema.Count);
        Assert.Equal(76, seed);
        Assert.All(schema, s => Assert.StartsWith("CREATE ", s.Text, StringComparison.Ordinal));
    }
}
