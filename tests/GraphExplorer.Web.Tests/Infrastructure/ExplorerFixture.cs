namespace GraphExplorer.Web.Tests.Infrastructure;

/// <summary>One API server on the seed data and one Chromium, shared by the browser tests of a collection.</summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    /// <summary>The API serving the page.</summary>
    public ExplorerServer Server { get; } = new();

    /// <summary>The browser.</summary>
    public Browser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _ = Server.Address;
        Browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}

/// <summary>The browser tests share one server and one browser and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "Explorer page in Chromium";
}
