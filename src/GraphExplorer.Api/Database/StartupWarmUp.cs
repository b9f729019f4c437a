using System.Diagnostics;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Graph;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Database;

/// <summary>
/// Once the server listens, sends the common GraphQL shapes to itself over HTTP (so Kestrel, the request pipeline,
/// GraphQL.NET, the resolvers, the engine's plan cache and their JIT are warm), repeating them within
/// <see cref="WarmUpOptions.Seconds"/>, then compacts the heap the store load left and marks the API ready
/// (<c>/health/ready</c>). It runs in the background: the server answers meanwhile, only readiness waits. A failing
/// request is logged and skipped; the API becomes ready whatever happens (decision 0117).
/// </summary>
internal sealed partial class StartupWarmUp(
    IServer server,
    IGraphDatabase database,
    StartupReadiness readiness,
    IOptions<WarmUpOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<StartupWarmUp> logger) : IHostedLifecycleService
{
    private Task _running = Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        _running = Task.Run(() => RunAsync(lifetime.ApplicationStopping), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => _running.WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RunAsync(CancellationToken stopping)
    {
        var started = Stopwatch.GetTimestamp();
        var settings = options.Value;
        var requests = 0;
        try
        {
            if (settings.Seconds > 0 && LocalAddress() is { } address)
            {
                requests = await SendShapesAsync(address, settings, stopping).ConfigureAwait(false);
            }

            // The store load leaves a large heap behind; compacting it now keeps that collection out of the first requests.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(error);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return;
        }

        readiness.MarkReady();
        LogReady(requests, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task<int> SendShapesAsync(Uri address, WarmUpOptions settings, CancellationToken stopping)
    {
        var documents = await WarmUpDocuments.CreateAsync(database, stopping).ConfigureAwait(false);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var budget = Stopwatch.StartNew();
        var sent = 0;
        for (var round = 0; round < settings.MaxRounds && (round == 0 || budget.Elapsed.TotalSeconds < settings.Seconds); round++)
        {
            foreach (var document in documents)
            {
                using var response = await client.PostAsJsonAsync("/graphql", document, stopping).ConfigureAwait(false);
                sent++;
                if (round == 0 && !response.IsSuccessStatusCode)
                {
                    LogShapeFailed(document.Query[..Math.Min(60, document.Query.Length)], (int)response.StatusCode);
                }
            }
        }

        return sent;
    }

    /// <summary>An address the server listens on, as this process can reach it (wildcard hosts become 127.0.0.1); http only.</summary>
    private Uri? LocalAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var local = address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal);
            if (local.StartsWith("http://", StringComparison.Ordinal) && Uri.TryCreate(local, UriKind.Absolute, out var uri))
            {
                return uri;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warm-up done: {Requests} requests in {Elapsed:0} ms; ready")]
    private partial void LogReady(int requests, double elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up failed; ready without it")]
    private partial void LogFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Warm-up request {Query}… answered {StatusCode}")]
    private partial void LogShapeFailed(string query, int statusCode);
}

/// <summary>The warm-up's GraphQL requests: the common shapes, on entities read from the graph (none when it is empty).</summary>
internal static class WarmUpDocuments
{
    private const string NodeWithHops = """
        query WarmUpNode($id: ID!) { node(id: $id) { id ... on Official { name attended(first: 5) { nodes { id title
          participants(first: 5) { nodes { id ... on Official { name positions(first: 3) { nodes { id title } } } } } } } } } }
        """;

    private const string NestedPage = """
        query WarmUpPage { officials(first: 20) { nodes { id name attended(first: 5) { nodes { id title
          participants(first: 5) { nodes { id } } } } } pageInfo { hasNextPage endCursor } } }
        """;

    private static readonly string[] RootPages =
        ["countries", "ministries", "positions", "officials", "declarations", "topics", "meetings", "sources"];

    /// <summary>Reads two officials that attended a meeting and returns the requests.</summary>
    public static async Task<IReadOnlyList<WarmUpRequest>> CreateAsync(IGraphDatabase database, CancellationToken cancellationToken)
    {
        var documents = new List<WarmUpRequest> { new("{ __typename }", null), new(NestedPage, null) };
        documents.AddRange(RootPages.Select(field => new WarmUpRequest($"query WarmUpRoot {{ {field}(first: 5) {{ nodes {{ id }} }} }}", null)));
        var result = await database.RunAsync(
            "MATCH (o:Official)-[:ATTENDED]->() RETURN DISTINCT o.id AS id, o.name AS name LIMIT 2", null, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            return documents;
        }

        var first = GlobalId.Encode("Official", (string)result.Rows[0][0]!);
        var last = GlobalId.Encode("Official", (string)result.Rows[^1][0]!);
        var word = (result.Rows[0][1] as string)?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "a";
        documents.Add(new(NodeWithHops, new() { ["id"] = first }));
        documents.Add(new("query WarmUpNeighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 150) { nodes { id type label } edges { id type source target } truncated } }", new() { ["id"] = first }));
        documents.Add(new("query WarmUpPaths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { nodes { id label } edges { type source target } } }", new() { ["from"] = first, ["to"] = last }));
        documents.Add(new("query WarmUpSearch($text: String!) { search(text: $text, first: 10) { id type label score } }", new() { ["text"] = word }));
        return documents;
    }
}

/// <summary>One warm-up request body.</summary>
internal sealed record WarmUpRequest(string Query, Dictionary<string, object?>? Variables);
