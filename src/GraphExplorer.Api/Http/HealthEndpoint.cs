using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphExplorer.Api.Http;

/// <summary>
/// Maps the health endpoints, answered as JSON with each check's status and data (the backend's name):
/// <c>/health</c> (the backend answers; as before readiness existed), <c>/health/live</c> (the process serves HTTP; no
/// checks) and <c>/health/ready</c> (every check, including the start-up warm-up: send traffic once it is 200).
/// </summary>
internal static class HealthEndpoint
{
    /// <summary>The backend check's path.</summary>
    public const string Path = "/health";

    /// <summary>Liveness: 200 while the process serves HTTP.</summary>
    public const string LivePath = "/health/live";

    /// <summary>Readiness: 200 once the backend answers and the warm-up has run.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>Maps the health checks at <see cref="Path"/>, <see cref="LivePath"/> and <see cref="ReadyPath"/>.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Path, new HealthCheckOptions
        {
            ResponseWriter = WriteAsync,
            Predicate = check => !check.Tags.Contains(Database.StartupReadiness.ReadyOnlyTag),
        });
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { ResponseWriter = WriteAsync, Predicate = _ => false });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description, data = entry.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
