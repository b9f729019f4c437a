using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Core.SavedQueries;

/// <summary>
/// Runs saved scripts in a read transaction with a timeout and a row cap, so a script can neither write
/// nor hold the database for long. Thread-safe (holds only immutable state).
/// </summary>
public sealed class SavedQueryRunner(IGraphDatabase database, SavedQueryOptions options)
{
    /// <summary>Binds <paramref name="parameters"/> to <paramref name="query"/> and runs it.</summary>
    /// <exception cref="SavedQueryException">A parameter error, or the script tried to write (<c>SAVED_QUERY_WRITE_REFUSED</c>).</exception>
    /// <exception cref="CypherException">The statement failed on the database (timeouts: <c>TransactionTimedOut</c>).</exception>
    public Task<SavedQueryResult> RunAsync(SavedQuery query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var bound = SavedQueryParameterBinder.Bind(query, parameters);
        return RunBoundAsync(query, bound, cancellationToken);
    }

    /// <summary>Runs <paramref name="query"/> with parameters already bound (see <see cref="SavedQueryParameterBinder"/>).</summary>
    public async Task<SavedQueryResult> RunBoundAsync(SavedQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        QueryResult result;
        try
        {
            var transaction = await database.BeginTransactionAsync(AccessMode.Read, timeout.Token).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                result = await transaction.RunAsync(query.Cypher, parameters, timeout.Token).ConfigureAwait(false);
                await transaction.CommitAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (CypherException error) when (error.Code == StatusCodes.AccessMode)
        {
            throw new SavedQueryException(
                SavedQueryErrorCodes.WriteRefused,
                $"Saved query '{query.Name}' tried to write; saved queries run in read-only transactions ({error.Message}).",
                null,
                error);
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CypherException(
                StatusCodes.TransactionTimedOut,
                $"Saved query '{query.Name}' ran longer than {options.Timeout.TotalSeconds:0.###} s and was stopped.",
                ErrorPhase.Runtime,
                innerException: error);
        }

        var truncated = result.Rows.Count > options.MaxRows;
        var rows = truncated ? [.. result.Rows.Take(options.MaxRows)] : result.Rows;
        return new SavedQueryResult(result.Columns, rows, truncated);
    }
}
