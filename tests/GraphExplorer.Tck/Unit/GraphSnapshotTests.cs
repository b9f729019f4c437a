using GraphExplorer.Graph.Values;
using GraphExplorer.Tck.Running;

namespace GraphExplorer.Tck.Unit;

public sealed class GraphSnapshotTests
{
    [Fact]
    public void Labels_count_once_however_many_nodes_carry_them()
    {
        var before = GraphSnapshot.From([], []);
        var after = GraphSnapshot.From([Node("1", ["Label"]), Node("2", ["Label"])], []);

        var effects = before.SideEffectsTo(after);

        Assert.Equal(2, effects["+nodes"]);
        Assert.Equal(1, effects["+labels"]);
    }

    [Fact]
    public void Changing_a_property_value_is_one_removal_and_one_addition()
    {
        var before = GraphSnapshot.From([Node("1", [], ("num", 1L))], []);
        var after = GraphSnapshot.From([Node("1", [], ("num", 2L))], []);

        var effects = before.SideEffectsTo(after);

        Assert.Equal(1, effects["+properties"]);
        Assert.Equal(1, effects["-properties"]);
        Assert.Equal(0, effects["+nodes"]);
    }

    [Fact]
    public void Setting_a_property_to_its_value_is_no_side_effect()
    {
        var before = GraphSnapshot.From([Node("1", [], ("num", 1L))], []);

        Assert.All(before.SideEffectsTo(GraphSnapshot.From([Node("1", [], ("num", 1L))], [])).Values, v => Assert.Equal(0, v));
    }

    [Fact]
    public void Deleting_a_relationship_removes_its_properties()
    {
        var a = Node("1", []);
        var b = Node("2", []);
        var relationship = new GraphRelationship("r", "T", "1", "2", new Dictionary<string, object?> { ["w"] = 1.5 });

        var effects = GraphSnapshot.From([a, b], [relationship]).SideEffectsTo(GraphSnapshot.From([a, b], []));

        Assert.Equal(1, effects["-relationships"]);
        Assert.Equal(1, effects["-properties"]);
    }

    private static GraphNode Node(string id, string[] labels, params (string Key, object? Value)[] properties) =>
        new(id, labels, properties.ToDictionary(p => p.Key, p => p.Value));
}
