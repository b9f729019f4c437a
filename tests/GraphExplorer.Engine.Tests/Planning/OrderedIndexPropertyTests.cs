using System.Globalization;
using GraphExplorer.Graph;

namespace GraphExplorer.Engine.Tests.Planning;

/// <summary>
/// Randomized data (mixed types, nulls, duplicates, deletes, rollbacks) in two databases fed the same writes: one
/// with a unique constraint on <c>id</c> and a range index on <c>p</c>, one without any schema. Index-ordered, range,
/// keyset and top-k answers must equal the plain label scan + full sort of the database without indexes.
/// </summary>
public sealed class OrderedIndexPropertyTests : IAsyncDisposable
{
    private static readonly object?[] Values =
    [
        null, null, 0L, 1L, 1L, 2L, -3L, 7L, 1.0, 1.5, -0.5, double.NaN, 2.0, "", "a", "ab", "abc", "b", "ba", "B", "é",
        true, false, new List<object?> { 1L, 2L }, new List<object?> { 1L }, new List<object?> { "a" },
    ];

    private static readonly string[] Comparisons = [">", ">=", "<", "<="];

    private readonly EmbeddedGraphDatabase _indexed = EmbeddedGraphDatabase.CreateInMemory();
    private readonly EmbeddedGraphDatabase _plain = EmbeddedGraphDatabase.CreateInMemory();
    private readonly List<object> _ids = [];
    private Random _random = new(0);
    private long _nextId;

    public async ValueTask DisposeAsync()
    {
        await _indexed.DisposeAsync();
        await _plain.DisposeAsync();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Index_answers_equal_scan_and_sort_answers_on_random_data(int seed)
    {
        _random = new Random(seed);
        await _indexed.RunAsync("CREATE CONSTRAINT l_id FOR (n:L) REQUIRE n.id IS UNIQUE");
        await _indexed.RunAsync("CREATE INDEX l_p FOR (n:L) ON (n.p)");
        for (var round = 0; round < 4; round++)
        {
            for (var i = 0; i < 60; i++)
            {
                await MutateAsync();
            }

            await RolledBackAsync();
            await CheckAsync();
        }
    }

    private async Task MutateAsync(IGraphTransaction? indexed = null, IGraphTransaction? plain = null)
    {
        var choice = _random.Next(10);
        if (choice < 5 || _ids.Count < 5)
        {
            var id = NewId();
            await BothAsync("CREATE (:L {id: $id, p: $p, q: $q})", new() { ["id"] = id, ["p"] = Value(), ["q"] = Value() }, indexed, plain);
            if (indexed is null)
            {
                _ids.Add(id);
            }
        }
        else if (choice < 8)
        {
            await BothAsync("MATCH (n:L) WHERE n.id = $id SET n.p = $p", new() { ["id"] = Pick(), ["p"] = Value() }, indexed, plain);
        }
        else if (choice < 9)
        {
            await BothAsync("MATCH (n:L) WHERE n.id = $id REMOVE n:L SET n:Gone", new() { ["id"] = Pick() }, indexed, plain);
        }
        else
        {
            var id = Pick();
            await BothAsync("MATCH (n:L) WHERE n.id = $id DELETE n", new() { ["id"] = id }, indexed, plain);
            if (indexed is null)
            {
                _ids.Remove(id);
            }
        }
    }

    /// <summary>A few writes in transactions that roll back: the indexes must forget them.</summary>
    private async Task RolledBackAsync()
    {
        await using var indexed = await _indexed.BeginTransactionAsync(AccessMode.Write);
        await using var plain = await _plain.BeginTransactionAsync(AccessMode.Write);
        for (var i = 0; i < 10; i++)
        {
            await MutateAsync(indexed, plain);
        }

        await indexed.RollbackAsync();
        await plain.RollbackAsync();
    }

    private async Task CheckAsync()
    {
        for (var i = 0; i < 12; i++)
        {
            var direction = _random.Next(2) == 0 ? "ASC" : "DESC";
            var page = new Dictionary<string, object?> { ["s"] = (long)_random.Next(3), ["k"] = (long)_random.Next(1, 12) };
            await CompareAsync($"MATCH (n:L) RETURN id(n) AS i ORDER BY n.p {direction}", page, "NodeIndexScan");
            await CompareAsync(
                $"MATCH (n:L) WHERE n.p {Comparisons[_random.Next(4)]} $x RETURN id(n) AS i ORDER BY n.p {direction}",
                new(page) { ["x"] = Value() },
                "NodeIndexSeekByRange");
            await CompareAsync(
                $"MATCH (n:L) WHERE n.p >= $x AND n.p < $y RETURN id(n) AS i ORDER BY n.p {direction}, n.q",
                new(page) { ["x"] = Value(), ["y"] = Value() },
                "NodeIndexSeekByRange");
            await CompareAsync(
                $"MATCH (n:L) WHERE n.p STARTS WITH $x RETURN id(n) AS i ORDER BY n.p {direction}",
                new(page) { ["x"] = new[] { "", "a", "b", "ab", "z" }[_random.Next(5)] },
                "NodeIndexSeekByRange");
            await CompareAsync(
                "MATCH (n:L) WHERE (n.p > $p OR (n.p = $p AND n.id > $id)) RETURN id(n) AS i ORDER BY n.p ASC, n.id ASC",
                new(page) { ["p"] = Value(), ["id"] = Pick() },
                "NodeIndexSeekByRange");
            await CompareAsync(
                "MATCH (n:L) WHERE (n.p < $p OR (n.p = $p AND n.id < $id)) AND n.q IS NOT NULL RETURN id(n) AS i ORDER BY n.p DESC, n.id DESC",
                new(page) { ["p"] = Value(), ["id"] = Pick() },
                "NodeIndexSeekByRange");
            await CompareAsync("MATCH (n:L) WHERE n.id > $after RETURN id(n) AS i ORDER BY n.id ASC", new(page) { ["after"] = Pick() }, "NodeIndexSeekByRange");
            await CompareAsync("MATCH (n:L) WHERE n.id < $before RETURN id(n) AS i ORDER BY n.id DESC", new(page) { ["before"] = Pick() }, "NodeIndexSeekByRange");
            await CompareAsync($"MATCH (n:L) RETURN id(n) AS i ORDER BY n.q {direction}, n.p", page, "Top");
            await CompareAsync($"MATCH (n:L) RETURN n.q AS q, count(*) AS c ORDER BY c {direction}, q", page, "Top", columns: 2);
            await CompareAsync($"MATCH (n:L) RETURN id(n) AS i, coalesce(n.q, n.p) AS c ORDER BY c {direction}, n.id", page, "Top", columns: 2);
            await CompareAsync($"MATCH (n:L) RETURN n.q AS n, id(n) AS i ORDER BY n {direction}, i DESC", page, "Top", columns: 2);
            await CompareAsync($"MATCH (n:L) WITH n, n.q AS q RETURN id(n) AS i ORDER BY q {direction}", page, "Top");
            await CompareAsync($"MATCH (n:L) WITH n, n.q AS q RETURN q AS n, id(n) AS i ORDER BY n {direction}, i", page, "Top", columns: 2);
            await CompareAsync($"MATCH (n:L) RETURN DISTINCT n.q AS q ORDER BY q {direction}", page, "Top");
            await CompareUnorderedAsync(
                $"MATCH (n:L) WHERE n.p {Comparisons[_random.Next(4)]} $x RETURN id(n) AS i", new() { ["x"] = Value() });
        }
    }

    /// <summary>The query with SKIP/LIMIT on both databases against the query without them on the plain one, sliced.</summary>
    private async Task CompareAsync(string query, Dictionary<string, object?> parameters, string expectedOperator, int columns = 1)
    {
        var paged = query + " SKIP $s LIMIT $k";
        var plan = (await _indexed.RunAsync("EXPLAIN " + paged, parameters)).Plan!;
        Assert.Contains("+" + expectedOperator, plan, StringComparison.Ordinal);

        var expected = Rows(await _plain.RunAsync(query, parameters), columns)
            .Skip((int)(long)parameters["s"]!).Take((int)(long)parameters["k"]!).ToList();
        var indexed = Rows(await _indexed.RunAsync(paged, parameters), columns);
        var plain = Rows(await _plain.RunAsync(paged, parameters), columns);
        var context = $"{paged} with {Describe(parameters)}";
        Assert.True(expected.SequenceEqual(indexed), $"index answer differs: {context}\nexpected {string.Join(",", expected)}\nactual   {string.Join(",", indexed)}");
        Assert.True(expected.SequenceEqual(plain), $"top-k answer differs: {context}\nexpected {string.Join(",", expected)}\nactual   {string.Join(",", plain)}");
    }

    private async Task CompareUnorderedAsync(string query, Dictionary<string, object?> parameters)
    {
        var expected = Rows(await _plain.RunAsync(query, parameters), 1).Order(StringComparer.Ordinal);
        var indexed = Rows(await _indexed.RunAsync(query, parameters), 1).Order(StringComparer.Ordinal);
        Assert.Equal(expected, indexed);
    }

    private static List<string> Rows(QueryResult result, int columns) =>
        [.. result.Rows.Select(r => string.Join("|", r.Take(columns).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))))];

    private static string Describe(Dictionary<string, object?> parameters) =>
        string.Join(", ", parameters.Select(p => $"{p.Key}={(p.Value is List<object?> l ? "[" + string.Join(",", l) + "]" : Convert.ToString(p.Value, CultureInfo.InvariantCulture))}"));

    private async Task BothAsync(string cypher, Dictionary<string, object?> parameters, IGraphTransaction? indexed, IGraphTransaction? plain)
    {
        if (indexed is null || plain is null)
        {
            await _indexed.RunAsync(cypher, parameters);
            await _plain.RunAsync(cypher, parameters);
        }
        else
        {
            await indexed.RunAsync(cypher, parameters);
            await plain.RunAsync(cypher, parameters);
        }
    }

    private object NewId() => _random.Next(3) == 0 ? _nextId++ : "k" + (_nextId++).ToString("D4", CultureInfo.InvariantCulture);

    private object Pick() => _ids.Count == 0 ? "none" : _ids[_random.Next(_ids.Count)];

    private object? Value() => Values[_random.Next(Values.Length)];
}
