using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Protocols.QueryApi;
using Neo4jStatus = GraphExplorer.Graph.Errors.StatusCodes;

namespace GraphExplorer.QueryApi;

/// <summary>
/// Serves Neo4j's Query API v2 from the configured <see cref="IGraphDatabase"/>: auto-commit statements
/// and explicit transactions, after basic authentication and the database name check. Thread-safe.
/// </summary>
internal sealed partial class QueryApiHandler(IGraphDatabase database, QueryApiOptions options, QueryApiTransactions transactions)
{
    /// <summary>The value of the <c>neo4j-cluster-affinity</c> header on a new transaction (one instance: any value will do).</summary>
    public const string Affinity = "graphexplorer-embedded";

    private long _commits;

    /// <summary><c>POST /db/{database}/query/v2</c>: one statement in its own transaction.</summary>
    public Task RunAsync(HttpContext context, string databaseName) => GuardedAsync(context, databaseName, async body =>
    {
        if (body.Statement is null)
        {
            throw new QueryApiRequestException(Neo4jStatus.InvalidRequest, "The request has no statement.");
        }

        var result = await database.RunAsync(body.Statement, body.Parameters, EffectiveMode(body.Mode), context.RequestAborted).ConfigureAwait(false);
        await QueryApiResponseWriter.WriteResultAsync(context, result, body.IncludeCounters, [NextBookmark()], null).ConfigureAwait(false);
    });

    /// <summary><c>POST …/tx</c>: opens a transaction, running the statement if there is one.</summary>
    public Task OpenAsync(HttpContext context, string databaseName) => GuardedAsync(context, databaseName, async body =>
    {
        var transaction = await database.BeginTransactionAsync(EffectiveMode(body.Mode), context.RequestAborted).ConfigureAwait(false);
        var entry = transactions.Add(transaction);
        var result = await RunInAsync(entry, body, context.RequestAborted).ConfigureAwait(false);
        context.Response.Headers[QueryApiMediaTypes.ClusterAffinityHeader] = Affinity;
        await QueryApiResponseWriter.WriteResultAsync(context, result, body.IncludeCounters, [], entry).ConfigureAwait(false);
    });

    /// <summary><c>POST …/tx/{id}</c>: runs a statement in the transaction (or, without one, only keeps it alive).</summary>
    public Task ContinueAsync(HttpContext context, string databaseName, string id) => GuardedAsync(context, databaseName, body =>
        WithTransactionAsync(context, id, async entry =>
        {
            var result = await RunInAsync(entry, body, context.RequestAborted).ConfigureAwait(false);
            await QueryApiResponseWriter.WriteResultAsync(context, result, body.IncludeCounters, [], entry).ConfigureAwait(false);
        }));

    /// <summary><c>POST …/tx/{id}/commit</c>: runs the statement if there is one, then commits.</summary>
    public Task CommitAsync(HttpContext context, string databaseName, string id) => GuardedAsync(context, databaseName, body =>
        WithTransactionAsync(context, id, async entry =>
        {
            var result = await RunInAsync(entry, body, context.RequestAborted).ConfigureAwait(false);
            await entry.Transaction.CommitAsync(context.RequestAborted).ConfigureAwait(false);
            await transactions.EndAsync(entry.Id).ConfigureAwait(false);
            await QueryApiResponseWriter.WriteResultAsync(context, result, body.IncludeCounters, [NextBookmark()], null).ConfigureAwait(false);
        }));

    /// <summary><c>DELETE …/tx/{id}</c>: rolls the transaction back.</summary>
    public Task RollbackAsync(HttpContext context, string databaseName, string id) => GuardedAsync(context, databaseName, _ =>
        WithTransactionAsync(context, id, async entry =>
        {
            await entry.Transaction.RollbackAsync(context.RequestAborted).ConfigureAwait(false);
            await transactions.EndAsync(entry.Id).ConfigureAwait(false);
            await QueryApiResponseWriter.WriteResultAsync(context, QueryResult.Empty, false, [], null).ConfigureAwait(false);
        }));

    private async Task GuardedAsync(HttpContext context, string databaseName, Func<QueryApiRequestBody, Task> handle)
    {
        try
        {
            if (!IsAuthorized(context.Request))
            {
                await QueryApiResponseWriter.WriteErrorAsync(context, Neo4jStatus.Unauthorized, "Invalid authentication credentials.").ConfigureAwait(false);
                return;
            }

            if (!string.Equals(databaseName, options.DatabaseName, StringComparison.OrdinalIgnoreCase))
            {
                await QueryApiResponseWriter.WriteErrorAsync(context, Neo4jStatus.DatabaseNotFound, $"Graph not found: {databaseName}").ConfigureAwait(false);
                return;
            }

            var body = await QueryApiRequestBody.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            await handle(body).ConfigureAwait(false);
        }
        catch (CypherException error) when (!context.Response.HasStarted)
        {
            await QueryApiResponseWriter.WriteErrorAsync(context, error.Code, error.Message).ConfigureAwait(false);
        }
        catch (QueryApiRequestException error) when (!context.Response.HasStarted)
        {
            await QueryApiResponseWriter.WriteErrorAsync(context, error.Code, error.Message).ConfigureAwait(false);
        }
    }

    private async Task WithTransactionAsync(HttpContext context, string id, Func<OpenTransaction, Task> handle)
    {
        var entry = transactions.Touch(id);
        if (entry is null)
        {
            await QueryApiResponseWriter.WriteErrorAsync(
                context, Neo4jStatus.TransactionNotFound, $"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back or the routing header is missing.")
                .ConfigureAwait(false);
            return;
        }

        await entry.Gate.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            await handle(entry).ConfigureAwait(false);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private async Task<QueryResult> RunInAsync(OpenTransaction entry, QueryApiRequestBody body, CancellationToken cancellationToken)
    {
        if (body.Statement is null)
        {
            return QueryResult.Empty;
        }

        try
        {
            return await entry.Transaction.RunAsync(body.Statement, body.Parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException)
        {
            // As Neo4j does: a failed statement ends its transaction.
            await transactions.EndAsync(entry.Id).ConfigureAwait(false);
            throw;
        }
    }

    private AccessMode EffectiveMode(AccessMode? requested) =>
        options.AllowWrites ? requested ?? AccessMode.Write : AccessMode.Read;

    private string NextBookmark() => "GE:" + Interlocked.Increment(ref _commits).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private bool IsAuthorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !options.Users.TryGetValue(decoded[..colon], out var password))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(decoded[(colon + 1)..]), Encoding.UTF8.GetBytes(password));
    }
}
