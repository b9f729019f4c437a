using GraphExplorer.Api.Database;

namespace GraphExplorer.Api.Extensions;

/// <summary>Registers the start-up warm-up and the readiness it reports (call once in Program.cs, after <c>AddGraphDatabase</c>).</summary>
internal static class WarmUpExtensions
{
    /// <summary>Adds <see cref="StartupWarmUp"/>, <see cref="StartupReadiness"/> and its health check (run by <c>/health/ready</c> only).</summary>
    public static WebApplicationBuilder AddStartupWarmUp(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WarmUpOptions>().Bind(builder.Configuration.GetSection(WarmUpOptions.SectionName));
        builder.Services.AddSingleton<StartupReadiness>();
        builder.Services.AddHostedService<StartupWarmUp>();
        builder.Services.AddHealthChecks().AddCheck<StartupReadiness>(StartupReadiness.Name, tags: [StartupReadiness.ReadyOnlyTag]);
        return builder;
    }
}
