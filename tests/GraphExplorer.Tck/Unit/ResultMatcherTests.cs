using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;
using GraphExplorer.Tck.Features;
using GraphExplorer.Tck.Running;

namespace GraphExplorer.Tck.Unit;

public sealed class ResultMatcherTests
{
    [Fact]
    public void Rows_in_any_order_match_as_a_multiset()
    {
        var expected = Expect(ordered: false, ["n", "m"], ["1", "'a'"], ["2", "'b'"]);

        Assert.Null(ResultMatcher.Mismatch(expected, Result(["n", "m"], [2L, "b"], [1L, "a"])));
    }

    [Fact]
    public void Duplicate_rows_count()
    {
        var expected = Expect(ordered: false, ["n"], ["1"], ["1"]);

        var mismatch = ResultMatcher.Mismatch(expected, Result(["n"], [1L]));

        Assert.StartsWith("wrong rows: expected 2, got 1", mismatch);
        Assert.Contains("missing", mismatch, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_in_order_must_keep_their_order()
    {
        var expected = Expect(ordered: true, ["n"], ["1"], ["2"]);

        Assert.Null(ResultMatcher.Mismatch(expected, Result(["n"], [1L], [2L])));
        Assert.StartsWith("wrong row order", ResultMatcher.Mismatch(expected, Result(["n"], [2L], [1L])));
    }

    [Fact]
    public void Columns_are_matched_by_name()
    {
        var expected = Expect(ordered: false, ["a", "b"], ["1", "2"]);

        Assert.Null(ResultMatcher.Mismatch(expected, Result(["b", "a"], [2L, 1L])));
        Assert.StartsWith("wrong columns", ResultMatcher.Mismatch(expected, Result(["a", "c"], [1L, 2L])));
    }

    [Fact]
    public void Nodes_match_without_ids()
    {
        var expected = Expect(ordered: false, ["n"], ["(:B {name: 'b'})"], ["(:A)"]);
        var actual = Result(
            ["n"],
            [new GraphNode("7", ["A"], new Dictionary<string, object?>())],
            [new GraphNode("8", ["B"], new Dictionary<string, object?> { ["name"] = "b" })]);

        Assert.Null(ResultMatcher.Mismatch(expected, actual));
    }

    [Fact]
    public void Lists_are_bags_only_when_the_step_says_so()
    {
        var actual = Result(["l"], [new List<object?> { "Bar", "Foo" }]);

        Assert.NotNull(ResultMatcher.Mismatch(Expect(ordered: false, ["l"], ["['Foo', 'Bar']"]), actual));
        Assert.Null(ResultMatcher.Mismatch(Expect(ordered: false, ["l"], ["['Foo', 'Bar']"]) with { ListsAsBags = true }, actual));
    }

    [Fact]
    public void Empty_expectation_rejects_rows()
    {
        Assert.Null(ResultMatcher.NotEmpty(Result(["n"])));
        Assert.NotNull(ResultMatcher.NotEmpty(Result(["n"], [1L])));
    }

    private static ExpectRowsStep Expect(bool ordered, string[] columns, params string[][] rows) =>
        new(1, columns, rows, ordered, ListsAsBags: false);

    private static QueryResult Result(string[] columns, params object?[][] rows) =>
        new(columns, rows, QueryCounters.None);
}
