using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphExplorer.Api.Database;

/// <summary>
/// Whether the API is ready for traffic: set once the start-up warm-up (<see cref="StartupWarmUp"/>) has run.
/// <c>/health/ready</c> reports it; <c>/health</c> and <c>/health/live</c> do not wait for it. Thread-safe.
/// </summary>
internal sealed class StartupReadiness : IHealthCheck
{
    /// <summary>The health check's name; its tag marks the checks only readiness runs.</summary>
    public const string Name = "warm-up";

    /// <summary>The tag of checks that only <c>/health/ready</c> runs.</summary>
    public const string ReadyOnlyTag = "ready-only";

    private volatile bool _ready;

    /// <summary>Whether the warm-up has finished.</summary>
    public bool IsReady => _ready;

    /// <summary>Marks the API ready (called once, by the warm-up).</summary>
    public void MarkReady() => _ready = true;

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready ? HealthCheckResult.Healthy("Warmed up.") : HealthCheckResult.Unhealthy("Warming up."));
}
