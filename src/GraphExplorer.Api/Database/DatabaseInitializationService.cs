using GraphExplorer.Api.Configuration;
using GraphExplorer.Core.Setup;
using GraphExplorer.Graph;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Database;

/// <summary>
/// Opens the database and applies the schema (and, on an empty graph, the seed) before the server
/// accepts requests: it runs in <see cref="IHostedLifecycleService.StartingAsync"/>, ahead of Kestrel.
/// A failure stops the start-up with the script's file and line in the message.
/// </summary>
internal sealed partial class DatabaseInitializationService(
    IGraphDatabase database,
    IOptions<GraphExplorerOptions> options,
    IHostEnvironment environment,
    ILogger<DatabaseInitializationService> logger) : IHostedLifecycleService
{
    /// <inheritdoc />
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        LogBackend(database.BackendName, GraphDatabaseFactory.ResolveDataDirectory(settings, environment.ContentRootPath));
        if (!settings.InitializeDatabase)
        {
            return;
        }

        var cypherDirectory = GraphDatabaseFactory.ResolveCypherDirectory(settings, environment.ContentRootPath);
        var report = await DatabaseInitializer.InitializeAsync(database, cypherDirectory, cancellationToken).ConfigureAwait(false);
        LogInitialized(report.SchemaStatements, report.Seeded, report.SeedStatements, cypherDirectory);
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph backend {Backend} (data directory {DataDirectory})")]
    private partial void LogBackend(string backend, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {SchemaStatements} schema statements; seeded: {Seeded} ({SeedStatements} statements) from {CypherDirectory}")]
    private partial void LogInitialized(int schemaStatements, bool seeded, int seedStatements, string cypherDirectory);
}
