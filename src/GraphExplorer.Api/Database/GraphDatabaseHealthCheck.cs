using GraphExplorer.Graph;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphExplorer.Api.Database;

/// <summary>Reports whether the graph backend answers, and which backend it is.</summary>
internal sealed class GraphDatabaseHealthCheck(IGraphDatabase database) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["backend"] = database.BackendName };
        try
        {
            return await database.PingAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy($"{database.BackendName} answers.", data)
                : HealthCheckResult.Unhealthy($"{database.BackendName} does not answer.", data: data);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{database.BackendName} failed to answer.", error, data);
        }
    }
}
