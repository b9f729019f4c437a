using System.Text;
using GraphExplorer.Core.Import;

namespace GraphExplorer.Core.Tests.Import;

/// <summary>The streaming JSON reader: typed values, the checks and messages of each row, lines, and broken files.</summary>
public sealed class JsonImportReaderTests
{
    [Fact]
    public void Rows_are_read_with_typed_values_and_each_bad_row_is_reported_with_its_line()
    {
        var batch = Read("""
            {"format": "graphexplorer-import/1", "comment": {"skipped": [1, 2]},
            "nodes": [
            {"properties": {"n": 42, "x": 1.5, "big": 12345678901234, "flag": false, "list": ["a", "b"], "gone": null, "id": "ignored"}, "id": "a", "label": "Country"},
            "not an object",
            {"label": "Country", "id": "b", "properties": {"mixed": [1, [2]]}},
            {"label": "Country", "id": "c", "properties": "no"},
            {"label": "Country", "id": "d", "properties": {"ok": 1, "bad": {"x": 1}, "worse": [null]}},
            {"label": 7, "id": "e"},
            {"label": "Country", "label": "Ministry", "id": "f", "properties": null}
            ],
            "relationships": [
            {"type": "R", "fromLabel": "Country", "from": "a", "toLabel": "Country", "to": ""},
            {"type": "R", "fromLabel": "Country", "from": "a", "toLabel": "Bad Label", "to": "f", "properties": {"w": [1, 2.5]}},
            {"type": "R", "fromLabel": "Country", "from": "a", "toLabel": "Ministry", "to": "f", "properties": {"w": [1, 2.5], "s": ["x"]}},
            []
            ]}
            """);

        Assert.Equal(2, batch.Nodes.Count);
        var a = batch.Nodes[0];
        Assert.Equal(("Country", "a", 3), (a.Label, a.Id, a.Line));
        Assert.Equal(["big", "flag", "list", "n", "x"], a.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([42L, 1.5, 12345678901234L, false], new[] { a.Properties["n"], a.Properties["x"], a.Properties["big"], a.Properties["flag"] });
        Assert.Equal(["a", "b"], Assert.IsType<List<object?>>(a.Properties["list"]));
        Assert.Equal(("Ministry", "f", 9), (batch.Nodes[1].Label, batch.Nodes[1].Id, batch.Nodes[1].Line));
        Assert.Empty(batch.Nodes[1].Properties);

        var r = Assert.Single(batch.Relationships);
        Assert.Equal(("R", "Ministry", 14), (r.Type, r.ToLabel, r.Line));
        Assert.Equal([1L, 2.5], Assert.IsType<List<object?>>(r.Properties["w"]));

        Assert.Equal(
            [
                "t.json:4: a node must be an object",
                "t.json:5: property 'mixed' must be a string, number, boolean or a list of one of them",
                "t.json:6: \"properties\" must be an object",
                "t.json:7: property 'bad' must be a string, number, boolean or a list of one of them",
                "t.json:8: node label '' is missing or not a plain name",
                "t.json:12: relationship has no \"to\" id",
                "t.json:13: \"toLabel\" 'Bad Label' is missing or not a plain name",
                "t.json:15: a relationship must be an object",
            ],
            batch.Issues.Select(i => i.ToString()));
        Assert.Equal(11, batch.RowCount);
    }

    [Fact]
    public void A_syntax_error_names_its_line_and_an_unknown_format_is_refused()
    {
        var broken = Assert.Throws<ImportFormatException>(() => Read("{\"format\": \"graphexplorer-import/1\",\n\"nodes\": [\n{\"label\": \"A\", \"id\": \"a\"},\n{\"label\": \"A\" \"id\": \"b\"}\n]}\n"));
        Assert.StartsWith("t.json:4: not valid JSON", broken.Message, StringComparison.Ordinal);
        var format = Assert.Throws<ImportFormatException>(() => Read("{\"format\": \"other/2\", \"nodes\": []}"));
        Assert.Equal("t.json: unknown format 'other/2' (expected 'graphexplorer-import/1').", format.Message);
    }

    private static ImportBatch Read(string text) => JsonImportReader.Read(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")), "t.json");
}
