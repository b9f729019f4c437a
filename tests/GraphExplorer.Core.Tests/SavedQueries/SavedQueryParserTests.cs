using GraphExplorer.Core.SavedQueries;

namespace GraphExplorer.Core.Tests.SavedQueries;

public sealed class SavedQueryParserTests
{
    private const string Script = """
        // name: contacts
        // description: An official's contacts.
        // param: id String — the official's id
        // param: hops Integer = 2 — how far
        // param: names List<String> = ['a', 'b'] — some names
        // param: strict Boolean = false - plain hyphen separator
        // read-only: true
        MATCH (n {id: $id}) RETURN n;
        """;

    [Fact]
    public void Header_gives_name_description_parameters_and_read_only()
    {
        var query = SavedQueryParser.Parse(Script, "fallback");
        Assert.Equal("contacts", query.Name);
        Assert.Equal("An official's contacts.", query.Description);
        Assert.True(query.ReadOnly);
        Assert.Equal(["id", "hops", "names", "strict"], query.Parameters.Select(p => p.Name));
        Assert.True(query.Parameter("id")!.IsRequired);
        Assert.Equal(2L, query.Parameter("hops")!.Default);
        Assert.Equal(["a", "b"], (IEnumerable<object?>)query.Parameter("names")!.Default!);
        Assert.Equal(false, query.Parameter("strict")!.Default);
        Assert.Equal("plain hyphen separator", query.Parameter("strict")!.Description);
        Assert.Equal("MATCH (n {id: $id}) RETURN n", query.Cypher);
    }

    [Theory]
    [InlineData("// param: x Date — d\nRETURN 1;", "unknown type 'Date'")]
    [InlineData("// param: x Integer = ten — d\nRETURN 1;", "default 'ten'")]
    [InlineData("// param: x Integer\n// param: x String\nRETURN 1;", "declared twice")]
    [InlineData("RETURN 1; RETURN 2;", "exactly one statement")]
    public void Malformed_headers_are_rejected_precisely(string text, string expected)
    {
        var error = Assert.Throws<SavedQueryException>(() => SavedQueryParser.Parse(text, "bad"));
        Assert.Equal(SavedQueryErrorCodes.InvalidHeader, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binder_fills_defaults_and_converts_values()
    {
        var query = SavedQueryParser.Parse(Script, "x");
        var bound = SavedQueryParameterBinder.Bind(query, new Dictionary<string, object?> { ["id"] = "o-1", ["hops"] = 3 });
        Assert.Equal("o-1", bound["id"]);
        Assert.Equal(3L, bound["hops"]);
        Assert.Equal(false, bound["strict"]);

        var fromText = SavedQueryParameterBinder.BindText(query, new Dictionary<string, string> { ["id"] = "o-1", ["names"] = "x, y", ["strict"] = "true" });
        Assert.Equal(["x", "y"], (IEnumerable<object?>)fromText["names"]!);
        Assert.Equal(true, fromText["strict"]);
    }

    [Fact]
    public void Binder_names_the_missing_unknown_or_mistyped_parameter()
    {
        var query = SavedQueryParser.Parse(Script, "x");
        var missing = Assert.Throws<SavedQueryException>(() => SavedQueryParameterBinder.Bind(query, new Dictionary<string, object?>()));
        Assert.Equal((SavedQueryErrorCodes.ParameterMissing, "id"), (missing.Code, missing.ParameterName));

        var unknown = Assert.Throws<SavedQueryException>(() => SavedQueryParameterBinder.Bind(query, new Dictionary<string, object?> { ["id"] = "a", ["depth"] = 1L }));
        Assert.Equal((SavedQueryErrorCodes.ParameterUnknown, "depth"), (unknown.Code, unknown.ParameterName));

        var mistyped = Assert.Throws<SavedQueryException>(() => SavedQueryParameterBinder.Bind(query, new Dictionary<string, object?> { ["id"] = "a", ["hops"] = "two" }));
        Assert.Equal((SavedQueryErrorCodes.ParameterInvalid, "hops"), (mistyped.Code, mistyped.ParameterName));
        Assert.Contains("must be a Integer", mistyped.Message, StringComparison.Ordinal);
    }
}
