using GraphExplorer.Core.Entities;
using GraphExplorer.Engine;

namespace GraphExplorer.Core.Tests.Entities;

/// <summary>
/// Keyset pages: the statements seek in the literal shapes the engine plans onto ordered indexes, and walking every
/// page forward or backward under random orders (nulls and duplicates included) gives exactly the list sorted in C#.
/// </summary>
public sealed class KeysetPagingTests : IAsyncLifetime
{
    private static readonly EntitySpec Official = EntityCatalog.Entity("Official")!;
    private static readonly string?[] Titles = ["Alpha", "Beta", "beta", "Gamma", null];
    private static readonly string?[] Dates = ["2024", "2025-06", "2025", null];
    private static readonly string[] Sortable = ["title", "date", "level", "location"];
    private readonly EmbeddedGraphDatabase _database = EmbeddedGraphDatabase.CreateInMemory();
    private List<EntityRecord> _meetings = [];

    public async Task InitializeAsync()
    {
        var random = new Random(1301);
        var rows = Enumerable.Range(0, 70).Select(i => (object?)new Dictionary<string, object?>
        {
            ["id"] = "meeting-" + random.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["title"] = Titles[random.Next(Titles.Length)],
            ["date"] = Dates[random.Next(Dates.Length)],
            ["level"] = random.Next(3) == 0 ? null : "level " + random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["location"] = random.Next(2) == 0 ? null : "Tirana",
        }).ToList();
        await _database.RunAsync("CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE");
        // A property set to null is absent, as for any node the API creates without it.
        await _database.RunAsync(
            "UNWIND $rows AS row CREATE (m:Meeting {id: row.id}) SET m.title = row.title, m.date = row.date, m.level = row.level, m.location = row.location",
            new Dictionary<string, object?> { ["rows"] = rows });
        var all = await new EntityQueries(_database).PageAsync("Meeting", null, PageOrder.Of([], ["Meeting"]), PageWindow.Head(100), false, CancellationToken.None);
        _meetings = [.. all.Items.Select(i => i.Node)];
    }

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public void Id_pages_seek_in_the_literal_shape()
    {
        var order = PageOrder.Of([], ["Official"]);
        var key = new PageKey([], "official-9");

        Assert.Equal("MATCH (n:Official) RETURN n ORDER BY n.id ASC LIMIT $limit", EntityQueries.BuildPageCypher(Official, null, order, PageWindow.Head(20), out var first));
        Assert.Equal(21L, first["limit"]);
        Assert.Equal("MATCH (n:Official) WHERE n.id > $after RETURN n ORDER BY n.id ASC LIMIT $limit", EntityQueries.BuildPageCypher(Official, null, order, new PageWindow(key, null, 20, null), out var after));
        Assert.Equal("official-9", after["after"]);
        Assert.Equal("MATCH (n:Official) WHERE n.id < $before RETURN n ORDER BY n.id DESC LIMIT $limit", EntityQueries.BuildPageCypher(Official, null, order, new PageWindow(null, key, null, 5), out _));
        Assert.Equal("MATCH (n:Official) RETURN count(n) AS total", EntityQueries.BuildCountCypher(Official, null, out _));
    }

    [Fact]
    public void Keyed_pages_seek_on_the_key_then_the_id_and_keep_nulls_in_their_place()
    {
        var byName = PageOrder.Of([new EntityOrder("name", false)], ["Official"]);
        var filter = new PropertyFilter("name", FilterOperator.StartsWith, "A");

        Assert.Equal(
            "MATCH (n:Official) WHERE (n.name > $afterKey0 OR (n.name = $afterKey0 AND n.id > $afterId) OR n.name IS NULL) AND n.name STARTS WITH $f0 RETURN n ORDER BY n.name ASC, n.id ASC LIMIT $limit",
            EntityQueries.BuildPageCypher(Official, filter, byName, new PageWindow(new PageKey(["Ann"], "official-1"), null, 20, null), out var parameters));
        Assert.Equal("Ann", parameters["afterKey0"]);
        Assert.Equal("official-1", parameters["afterId"]);
        // After a null (the tail, ascending) only nulls with a greater id follow; descending, nulls come first, so everything else follows.
        Assert.Equal(
            "MATCH (n:Official) WHERE (n.name IS NULL AND n.id > $afterId) RETURN n ORDER BY n.name ASC, n.id ASC LIMIT $limit",
            EntityQueries.BuildPageCypher(Official, null, byName, new PageWindow(new PageKey([null], "official-1"), null, 20, null), out _));
        Assert.Equal(
            "MATCH (n:Official) WHERE ((n.name IS NULL AND n.id > $afterId) OR n.name IS NOT NULL) RETURN n ORDER BY n.name DESC, n.id ASC LIMIT $limit",
            EntityQueries.BuildPageCypher(Official, null, PageOrder.Of([new EntityOrder("name", true)], ["Official"]), new PageWindow(new PageKey([null], "official-1"), null, 20, null), out _));
        Assert.Throws<ArgumentException>(() => EntityQueries.BuildPageCypher(Official, null, byName, new PageWindow(new PageKey([], "official-1"), null, 20, null), out _));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task Walking_every_page_either_way_gives_the_sorted_list(int seed)
    {
        var random = new Random(seed);
        var keys = Sortable.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).Select(p => new EntityOrder(p, random.Next(2) == 0)).ToList();
        EntityFilter? filter = seed % 2 == 0 ? new PropertyFilter("level", FilterOperator.Neq, "level 1") : null;
        var order = PageOrder.Of(keys, ["Meeting"]);
        var expected = _meetings
            .Where(m => filter is null || (m.Properties.GetValueOrDefault("level") is string level && level != "level 1"))
            .Order(Comparer<EntityRecord>.Create((a, b) => Compare(keys, a, b)))
            .Select(m => m.Id).ToList();
        var queries = new EntityQueries(_database);
        var size = random.Next(1, 8);

        var forward = new List<string>();
        PageKey? cursor = null;
        for (var hasNext = true; hasNext;)
        {
            var page = await queries.PageAsync("Meeting", filter, order, new PageWindow(cursor, null, size, null), true, CancellationToken.None);
            Assert.Equal(expected.Count, page.TotalCount);
            Assert.Equal(cursor is not null, page.HasPreviousPage);
            forward.AddRange(page.Items.Select(i => i.Node.Id));
            cursor = page.Items.Count > 0 ? page.Items[^1].Key : cursor;
            hasNext = page.HasNextPage;
        }

        var backward = new List<string>();
        cursor = null;
        for (var hasPrevious = true; hasPrevious;)
        {
            var page = await queries.PageAsync("Meeting", filter, order, new PageWindow(null, cursor, null, size), false, CancellationToken.None);
            Assert.Equal(cursor is not null, page.HasNextPage);
            backward.InsertRange(0, page.Items.Select(i => i.Node.Id));
            cursor = page.Items.Count > 0 ? page.Items[0].Key : cursor;
            hasPrevious = page.HasPreviousPage;
        }

        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    /// <summary>Cypher's order: each key ascending with nulls last, or descending with nulls first; then the id.</summary>
    private static int Compare(IReadOnlyList<EntityOrder> keys, EntityRecord a, EntityRecord b)
    {
        foreach (var key in keys)
        {
            var x = a.Properties.GetValueOrDefault(key.Property) as string;
            var y = b.Properties.GetValueOrDefault(key.Property) as string;
            var ascending = (x, y) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                _ => string.CompareOrdinal(x, y),
            };
            if (ascending != 0)
            {
                return key.Descending ? -ascending : ascending;
            }
        }

        return string.CompareOrdinal(a.Id, b.Id);
    }
}
