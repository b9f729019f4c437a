using System.Text.RegularExpressions;
using GraphExplorer.Core.Encounters;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Tests.Support;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Tests.Model;

/// <summary>
/// The catalogue (<see cref="EntityCatalog"/>) is the one description of the model: the label list, the display rule
/// and the encounters' naming read it, and docs/data-model.md names every label and relationship type it has.
/// </summary>
public sealed partial class ModelCatalogueTests
{
    public static TheoryData<string> Labels => [.. EntityCatalog.Entities.Select(e => e.Label)];

    [Fact]
    public void EntityLabelsAreTheCataloguesLabelsInItsOrder() =>
        Assert.Equal(EntityCatalog.Entities.Select(e => e.Label), EntityLabels.All);

    [Theory]
    [MemberData(nameof(Labels))]
    public void TheDisplayPropertyOfEachLabelIsTheCataloguesOne(string label)
    {
        var display = EntityCatalog.Entity(label)!.DisplayProperty;
        Assert.Equal(display, EntityLabels.LabelProperty(label));
        Assert.Contains(EntityCatalog.Entity(label)!.Properties, p => p.Name == display);
    }

    [Fact]
    public void ALabelOutsideTheModelIsNamedByName()
    {
        Assert.Equal("name", EntityLabels.LabelProperty("Unknown"));
        Assert.Equal("name", EntityLabels.LabelProperty(null));
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void AnEncounterParticipantIsNamedByItsDisplayPropertyFirst(string label)
    {
        var display = EntityCatalog.Entity(label)!.DisplayProperty;
        var other = display == "name" ? "title" : "name";
        var node = new GraphNode("e1", [label], new Dictionary<string, object?> { ["id"] = "x", [display] = "Shown", [other] = "Other" });
        Assert.Equal("Shown", EncounterQueries.Label(node));
        var without = new GraphNode("e2", [label], new Dictionary<string, object?> { ["id"] = "x", [other] = "Other" });
        Assert.Equal("Other", EncounterQueries.Label(without));
    }

    [Fact]
    public void EncounterSubjectLabelsAreLabelsOfTheModel() =>
        Assert.All(EncounterSubjects.Labels, label => Assert.NotNull(EntityCatalog.Entity(label)));

    [Fact]
    public void DataModelDocumentNamesEveryLabelAndRelationshipTypeOfTheCatalogue()
    {
        var document = File.ReadAllText(Path.Combine(CypherFolder.RepositoryRoot, "docs", "data-model.md"));
        var nodeRows = NodeRow().Matches(document).Select(m => m.Groups[1].Value).ToList();
        var relationshipRows = RelationshipRow().Matches(document).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(EntityCatalog.Entities.Select(e => e.Label).Order(), nodeRows.Order());
        Assert.Equal(EntityCatalog.Relationships.Select(r => r.Type).Order(), relationshipRows.Order());
    }

    [GeneratedRegex(@"^\| `([A-Za-z]+)` \|", RegexOptions.Multiline)]
    private static partial Regex NodeRow();

    [GeneratedRegex(@"^\| `\([^`]*\)-\[:([A-Z_]+)\]->\([^`]*\)` \|", RegexOptions.Multiline)]
    private static partial Regex RelationshipRow();
}
