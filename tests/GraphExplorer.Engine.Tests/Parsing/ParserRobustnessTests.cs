using System.Text;
using GraphExplorer.Engine.Parsing;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Parsing;

/// <summary>Any input gives a statement or a CypherException: never another exception, a hang or a stack overflow.</summary>
public sealed class ParserRobustnessTests
{
    private static readonly string[] ValidQueries =
    [
        "MATCH (a:Person {name: 'x'})-[r:KNOWS*1..3]->(b) WHERE a.age > 30 AND b.name STARTS WITH 'A' RETURN a.name AS name, count(DISTINCT b) ORDER BY name DESC SKIP 1 LIMIT 10",
        "MERGE (c:Country {id: $id}) ON CREATE SET c.name = $name, c.created = timestamp() ON MATCH SET c += $props RETURN c",
        "UNWIND [1, 2.5, 'x', [0x1F, 0o7], {k: null}] AS x WITH x WHERE x IS NOT NULL RETURN CASE x WHEN 1 THEN 'one' ELSE toString(x) END",
        "MATCH p = shortestPath((a)-[*..5]-(b)) RETURN [n IN nodes(p) | n.name], reduce(s = 0, r IN relationships(p) | s + r.w)",
        "MATCH (n) WHERE EXISTS { (n)-->(m) WHERE m.x = 1 } AND all(x IN n.list WHERE x > 0) RETURN n {.name, .*, k: COUNT { (n)--() }}",
        "CALL { MATCH (n) RETURN n UNION ALL MATCH (n)-->(n) RETURN n } WITH n CALL db.labels() YIELD label RETURN n, label",
        "CREATE CONSTRAINT c IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE",
        "MATCH (n) FOREACH (x IN [1, 2] | SET n.v = x) DETACH DELETE n",
    ];

    private static void ParseOrSyntaxError(string text)
    {
        try
        {
            CypherParser.Parse(text);
        }
        catch (CypherException error)
        {
            Assert.Equal(StatusCodes.SyntaxError, error.Code);
        }
    }

    [Fact]
    public void The_sample_queries_parse()
    {
        foreach (var query in ValidQueries)
        {
            CypherParser.Parse(query);
        }
    }

    [Fact]
    public void Every_prefix_of_a_valid_query_parses_or_fails_cleanly()
    {
        foreach (var query in ValidQueries)
        {
            for (var length = 0; length <= query.Length; length++)
            {
                ParseOrSyntaxError(query[..length]);
            }
        }
    }

    [Fact]
    public void Random_bytes_parse_or_fail_cleanly()
    {
        var random = new Random(20261130);
        for (var i = 0; i < 3000; i++)
        {
            var bytes = new byte[random.Next(1, 80)];
            random.NextBytes(bytes);
            ParseOrSyntaxError(Encoding.Latin1.GetString(bytes));
        }
    }

    [Fact]
    public void Random_token_soup_parses_or_fails_cleanly()
    {
        string[] pieces = ["MATCH", "(", ")", "[", "]", "{", "}", "-", ">", "<", ":", "n", "RETURN", "WITH", "WHERE", ",", ".", "..", "*", "'s'", "1", "$p", "CASE", "WHEN", "END", "|", "IN", "=", "EXISTS", "CALL", "UNION", "`q`", "0x", "1e", "\\"];
        var random = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 25)).Select(_ => pieces[random.Next(pieces.Length)]));
            ParseOrSyntaxError(text);
        }
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("-", "")]
    [InlineData("NOT ", "")]
    [InlineData("[x IN ", " | x]")]
    public void Ten_thousand_nested_levels_are_a_syntax_error_not_a_crash(string open, string close)
    {
        var text = "RETURN " + string.Concat(Enumerable.Repeat(open, 10_000)) + "1" + string.Concat(Enumerable.Repeat(close, 10_000));
        var error = Assert.Throws<CypherException>(() => CypherParser.Parse(text));
        Assert.Equal(StatusCodes.SyntaxError, error.Code);
    }

    [Fact]
    public void Moderate_nesting_still_parses()
    {
        CypherParser.Parse("RETURN " + new string('(', 50) + "1" + new string(')', 50));
        CypherParser.Parse("RETURN " + string.Concat(Enumerable.Repeat("[", 50)) + string.Concat(Enumerable.Repeat("]", 50)));
    }

    [Fact]
    public void Deeply_nested_subqueries_are_a_syntax_error()
    {
        var text = string.Concat(Enumerable.Repeat("CALL { ", 5000)) + "RETURN 1 AS x" + string.Concat(Enumerable.Repeat(" }", 5000)) + " RETURN 1";
        Assert.Throws<CypherException>(() => CypherParser.Parse(text));
    }

    [Fact]
    public void A_huge_literal_is_an_integer_overflow()
    {
        var error = Assert.Throws<CypherException>(() => CypherParser.Parse("RETURN " + new string('9', 100_000)));
        Assert.Equal("IntegerOverflow", error.Detail);
    }

    [Theory]
    [InlineData(" + 1")]
    [InlineData(" OR x")]
    [InlineData(" < 1")]
    [InlineData(".p")]
    [InlineData("[0]")]
    [InlineData(" IS NULL")]
    public void Ten_thousand_long_operator_chains_are_a_syntax_error_not_a_deep_tree(string link)
    {
        var text = "RETURN x" + string.Concat(Enumerable.Repeat(link, 10_000));
        var error = Assert.Throws<CypherException>(() => CypherParser.Parse(text));
        Assert.Equal("NestingTooDeep", error.Detail);
    }

    [Fact]
    public void A_hundred_link_chain_still_parses()
    {
        CypherParser.Parse("RETURN 1" + string.Concat(Enumerable.Repeat(" + 1", 100)));
    }
}
