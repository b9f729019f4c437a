using System.Text.Json.Nodes;
using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Core.Entities;

namespace GraphExplorer.Api.Tests.Model;

/// <summary>The <c>model</c> field over HTTP serves the catalogue: every entity type with its display property, every relationship type with its ends.</summary>
public sealed class ModelQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Query = """
        { model { entityTypes { name description displayProperty } relationshipTypes { type from to description } } }
        """;

    [Fact]
    public async Task The_model_field_serves_the_catalogues_entity_types_and_relationship_types()
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync(Query);
        var body = await response.ReadJsonAsync();
        Assert.Null(body["errors"]);
        var model = body["data"]!["model"]!;

        var entityTypes = model["entityTypes"]!.AsArray();
        Assert.Equal(
            EntityCatalog.Entities.Select(e => (e.Label, e.DisplayProperty, e.Description)),
            entityTypes.Select(e => (Text(e, "name"), Text(e, "displayProperty"), Text(e, "description"))));
        Assert.Equal("title", Text(entityTypes.Single(e => Text(e, "name") == "Meeting"), "displayProperty"));
        Assert.Equal("name", Text(entityTypes.Single(e => Text(e, "name") == "Official"), "displayProperty"));

        var relationshipTypes = model["relationshipTypes"]!.AsArray();
        Assert.Equal(
            EntityCatalog.Relationships.Select(r => (r.Type, string.Join(',', r.FromLabels), string.Join(',', r.ToLabels))),
            relationshipTypes.Select(r => (Text(r, "type"), Labels(r, "from"), Labels(r, "to"))));
        var holds = relationshipTypes.Single(r => Text(r, "type") == "HOLDS");
        Assert.Equal(("Official", "Position"), (Labels(holds, "from"), Labels(holds, "to")));
    }

    private static string Text(JsonNode? node, string name) => node![name]!.GetValue<string>();

    private static string Labels(JsonNode? node, string name) => string.Join(',', node![name]!.AsArray().Select(l => l!.GetValue<string>()));
}
