using GraphExplorer.Engine.Storage;

namespace GraphExplorer.Engine.Tests.Storage;

public sealed class EntityTableTests
{
    [Fact]
    public void Entities_are_found_by_id_and_enumerated_in_id_order_around_holes()
    {
        var table = new EntityTable<StoredNode>();
        foreach (var id in new long[] { 5, 0, 9_000, 3 })
        {
            table.Set(new StoredNode(id));
        }

        Assert.True(table.Remove(3));
        Assert.False(table.Remove(3));
        Assert.False(table.Remove(4));

        Assert.Equal(3, table.Count);
        Assert.Equal([0L, 5L, 9_000L], table.Enumerate().Select(n => n.Id));
        Assert.Null(table.Find(3));
        Assert.Equal(9_000, table.Find(9_000)!.Id);
        Assert.Null(table.Find(-1));
        Assert.Null(table.Find(long.MaxValue));
        Assert.False(table.Contains(1_000_000));
    }

    [Fact]
    public void Setting_an_occupied_slot_replaces_without_counting_twice()
    {
        var table = new EntityTable<StoredNode>();
        table.Set(new StoredNode(7));
        var replacement = new StoredNode(7);
        table.Set(replacement);

        Assert.Equal(1, table.Count);
        Assert.Same(replacement, table.Find(7));
    }

    [Fact]
    public void A_chunk_whose_ids_are_all_deleted_is_released_and_comes_back_when_needed()
    {
        var table = new EntityTable<StoredNode>();
        var ids = Enumerable.Range(0, EntityTable<StoredNode>.ChunkSize + 1).Select(i => (long)i).ToList();
        ids.ForEach(id => table.Set(new StoredNode(id)));
        Assert.Equal(2, table.AllocatedChunks);

        ids.Take(EntityTable<StoredNode>.ChunkSize).ToList().ForEach(id => table.Remove(id));

        Assert.Equal(1, table.AllocatedChunks);
        Assert.Equal([(long)EntityTable<StoredNode>.ChunkSize], table.Enumerate().Select(n => n.Id));
        table.Set(new StoredNode(1));
        Assert.Equal(2, table.Count);
        Assert.Equal([1L, EntityTable<StoredNode>.ChunkSize], table.Enumerate().Select(n => n.Id));
    }

    [Fact]
    public void Negative_ids_are_refused()
    {
        var table = new EntityTable<StoredNode>();
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Set(new StoredNode(-1)));
    }
}
