using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Tests.Durability;
using GraphExplorer.Engine.Tests.Durability.Fixtures;
using GraphExplorer.Engine.Transactions;

namespace GraphExplorer.Engine.Tests.Storage;

/// <summary>Decision 0095: properties as shared shapes and values, and the values shared by a load.</summary>
public sealed class CompactPropertyTests : IDisposable
{
    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static KeyValuePair<string, object?> P(string key, object? value) => new(key, value);

    [Fact]
    public async Task Every_value_type_round_trips_through_the_log_and_the_snapshot_of_the_current_format()
    {
        await FormatFixture.WriteAsync(_directory.Path);
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Durability", "Fixtures", "format-v1", "expected.txt")).TrimEnd('\n');

        await using (var fromLog = _directory.Open())
        {
            Assert.Equal(expected, await GraphDump.TypedAsync(fromLog));
        }

        await using var fromSnapshot = _directory.Open();
        Assert.Equal(expected, await GraphDump.TypedAsync(fromSnapshot));
        StoreDirectory.AssertConsistent(fromSnapshot);
    }

    [Fact]
    public void Entities_with_the_same_keys_in_the_same_order_share_one_shape_and_a_change_moves_only_one()
    {
        var store = new GraphStore();
        var undo = new UndoLog();
        var a = store.CreateNode(["N"], [P("id", "a"), P("role", "x")], undo);
        var b = store.CreateNode(["N"], [P("id", "b"), P("role", "x")], undo);

        Assert.Same(a.Shape, b.Shape);
        store.SetNodeProperty(a, "extra", 1L, undo);
        store.SetNodeProperty(b, "id", null, undo);

        Assert.Equal(["id", "role", "extra"], a.Properties.Keys);
        Assert.Equal(["role"], b.Properties.Keys);
        Assert.Equal("a", a.GetProperty("id"));
        Assert.Equal("x", b.GetProperty("role"));
        Assert.False(b.HasProperty("extra"));

        undo.RollbackTo(0);
        Assert.Empty(store.Nodes);
    }

    [Fact]
    public void Set_get_and_remove_keep_the_order_and_values_with_one_two_and_many_keys()
    {
        var store = new GraphStore();
        var undo = new UndoLog();
        var node = store.CreateNode([], [], undo);
        var keys = Enumerable.Range(0, 12).Select(i => $"k{i}").ToList();
        foreach (var key in keys)
        {
            store.SetNodeProperty(node, key, (long)key.Length, undo);
        }

        store.SetNodeProperty(node, "k3", "three", undo);
        store.SetNodeProperty(node, "k0", null, undo);
        store.SetNodeProperty(node, "k11", null, undo);

        Assert.Equal(keys.Skip(1).SkipLast(1), node.Properties.Keys);
        Assert.Equal("three", node.GetProperty("k3"));
        Assert.Equal(3L, node.GetProperty("k10"));
        Assert.True(node.TryGetProperty("k5", out var five));
        Assert.Equal(2L, five);
        Assert.False(node.TryGetProperty("k0", out _));

        foreach (var key in keys.Skip(1).SkipLast(2))
        {
            store.SetNodeProperty(node, key, null, undo);
        }

        Assert.Equal([P("k10", 3L)], node.Properties);
        undo.RollbackTo(0);
    }

    [Fact]
    public async Task A_loaded_store_shares_repeated_values_and_a_change_to_one_entity_does_not_reach_another()
    {
        await using (var database = _directory.Open())
        {
            await database.RunAsync(
                "UNWIND range(1, 3) AS i CREATE (:Official {id: 'o' + i, level: 'minister'})-[:ATTENDED {role: 'head', sources: ['source-1'], head: true, year: 2024}]->(:Meeting {id: 'm' + i})");
        }

        await using var reopened = _directory.Open();
        var attended = reopened.Store.Relationships.ToList();
        var officials = reopened.Store.NodesWithLabel("Official").ToList();
        Assert.Same(attended[0].GetProperty("sources"), attended[1].GetProperty("sources"));
        Assert.Same(attended[0].GetProperty("role"), attended[2].GetProperty("role"));
        Assert.Same(attended[0].GetProperty("year"), attended[1].GetProperty("year"));
        Assert.Same(officials[0].GetProperty("level"), officials[1].GetProperty("level"));
        Assert.Same(attended[0].Shape, attended[1].Shape);

        await reopened.RunAsync("MATCH (o:Official {id: 'o1'})-[r:ATTENDED]->() SET r.sources = r.sources + 'source-2', r.role = 'member', r.extra = 1 REMOVE r.head SET o.level = 'deputy'");

        var others = await reopened.RunAsync(
            "MATCH (o:Official)-[r:ATTENDED]->() WHERE o.id <> 'o1' RETURN r.sources, r.role, r.head, keys(r), o.level", mode: Graph.AccessMode.Read);
        Assert.Equal(2, others.Rows.Count);
        Assert.All(others.Rows, row =>
        {
            Assert.Equal(["source-1"], (IEnumerable<object?>)row[0]!);
            Assert.Equal("head", row[1]);
            Assert.Equal(true, row[2]);
            Assert.Equal(["role", "sources", "head", "year"], (IEnumerable<object?>)row[3]!);
            Assert.Equal("minister", row[4]);
        });
        var changed = await reopened.RunAsync("MATCH (:Official {id: 'o1'})-[r:ATTENDED]->() RETURN r.sources, keys(r)", mode: Graph.AccessMode.Read);
        Assert.Equal(["source-1", "source-2"], (IEnumerable<object?>)changed.Rows[0][0]!);
        Assert.Equal(["role", "sources", "year", "extra"], (IEnumerable<object?>)changed.Rows[0][1]!);
    }
}
