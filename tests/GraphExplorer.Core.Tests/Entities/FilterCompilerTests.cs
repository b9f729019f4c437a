using GraphExplorer.Core.Entities;

namespace GraphExplorer.Core.Tests.Entities;

/// <summary>The Cypher and parameters the filter compiler produces.</summary>
public sealed class FilterCompilerTests
{
    private static readonly string[] Country = ["Country"];

    private static (string Cypher, Dictionary<string, object?> Parameters) Compile(EntityFilter filter, string[]? labels = null)
    {
        var parameters = new Dictionary<string, object?>();
        var cypher = new FilterCompiler(parameters).Compile(filter, "n", labels ?? Country);
        return (cypher, parameters);
    }

    [Theory]
    [InlineData(FilterOperator.Eq, "n.name = $f0")]
    [InlineData(FilterOperator.Neq, "n.name <> $f0")]
    [InlineData(FilterOperator.Contains, "n.name CONTAINS $f0")]
    [InlineData(FilterOperator.StartsWith, "n.name STARTS WITH $f0")]
    [InlineData(FilterOperator.Gt, "n.name > $f0")]
    [InlineData(FilterOperator.Gte, "n.name >= $f0")]
    [InlineData(FilterOperator.Lt, "n.name < $f0")]
    [InlineData(FilterOperator.Lte, "n.name <= $f0")]
    public void Each_operator_compares_with_a_parameter(FilterOperator op, string expected)
    {
        var (cypher, parameters) = Compile(new PropertyFilter("name", op, "Kosovo"));

        Assert.Equal(expected, cypher);
        Assert.Equal("Kosovo", parameters["f0"]);
    }

    [Fact]
    public void User_text_never_reaches_the_cypher()
    {
        const string Attack = "x' OR 1=1 WITH n MATCH (m) DETACH DELETE m //";

        var (cypher, parameters) = Compile(new AnyOfFilter([new PropertyFilter("name", FilterOperator.Eq, Attack), new PropertyFilter("isoCode", FilterOperator.In, new List<object?> { Attack })]));

        Assert.Equal("(n.name = $f0 OR n.isoCode IN $f1)", cypher);
        Assert.DoesNotContain("DELETE", cypher, StringComparison.Ordinal);
        Assert.Equal(Attack, parameters["f0"]);
    }

    [Fact]
    public void Unknown_properties_are_refused_not_spliced()
    {
        Assert.Throws<ArgumentException>(() => Compile(new PropertyFilter("name}) DETACH DELETE n //", FilterOperator.Eq, "x")));
        Assert.Throws<ArgumentException>(() => FilterCompiler.OrderBy([new EntityOrder("title", false)], "n", Country));
    }

    [Fact]
    public void Combinators_nest_and_null_equality_tests_absence()
    {
        var (cypher, parameters) = Compile(new AllOfFilter([
            new NotFilter(new PropertyFilter("isoCode", FilterOperator.Eq, null)),
            new AnyOfFilter([]),
        ]));

        Assert.Equal("(NOT (n.isoCode IS NULL) AND false)", cypher);
        Assert.Single(parameters);
    }

    [Fact]
    public void Relation_quantifiers_compile_to_existential_subqueries()
    {
        var field = EntityCatalog.Field("Country", "ministries")!;
        var inner = new PropertyFilter("name", FilterOperator.Contains, "Defence");

        Assert.Equal("EXISTS { MATCH (n)<-[:MINISTRY_OF]-(r0:Ministry) WHERE r0.name CONTAINS $f0 }", Compile(new RelationFilter(field, RelationQuantifier.Some, inner)).Cypher);
        Assert.Equal("NOT EXISTS { MATCH (n)<-[:MINISTRY_OF]-(r0:Ministry) WHERE r0.name CONTAINS $f0 }", Compile(new RelationFilter(field, RelationQuantifier.None, inner)).Cypher);
        Assert.Equal("NOT EXISTS { MATCH (n)<-[:MINISTRY_OF]-(r0:Ministry) WHERE NOT coalesce(r0.name CONTAINS $f0, false) }", Compile(new RelationFilter(field, RelationQuantifier.All, inner)).Cypher);
    }

    [Fact]
    public void Order_ends_with_the_id_for_stable_pages()
    {
        Assert.Equal("n.name DESC, n.isoCode ASC, n.id ASC", FilterCompiler.OrderBy([new EntityOrder("name", true), new EntityOrder("isoCode", false)], "n", Country));
    }

    [Fact]
    public void Related_statement_unwinds_the_keys_of_all_parents()
    {
        var cypher = EntityQueries.BuildRelatedCypher(EntityCatalog.Field("Meeting", "participants")!, RelatedQuery.All, PageWindow.Head(5), true, out _);

        Assert.StartsWith("UNWIND $keys AS key", cypher, StringComparison.Ordinal);
        Assert.Contains("MATCH (p:Meeting {id: key})", cypher, StringComparison.Ordinal);
        Assert.Contains("MATCH (p)<-[r:ATTENDED]-(n)", cypher, StringComparison.Ordinal);
        // The model allows only officials and posts at the far end, so neither the list nor the degree count names them.
        Assert.DoesNotContain("n:Official", cypher, StringComparison.Ordinal);
        Assert.Contains("COUNT { (p)<-[:ATTENDED]-() } AS total", cypher, StringComparison.Ordinal);
    }
}
