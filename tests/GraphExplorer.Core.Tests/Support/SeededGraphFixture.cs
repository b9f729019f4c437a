using GraphExplorer.Engine;

namespace GraphExplorer.Core.Tests.Support;

/// <summary>One seeded database and its snapshot, shared by the tests of a class that only read.</summary>
public sealed class SeededGraphFixture : IAsyncLifetime
{
    private EmbeddedGraphDatabase? _database;
    private GraphSnapshot? _snapshot;

    internal EmbeddedGraphDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    internal GraphSnapshot Snapshot => _snapshot ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        _database = await TestGraph.CreateSeededAsync();
        _snapshot = await GraphSnapshot.LoadAsync(_database);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
