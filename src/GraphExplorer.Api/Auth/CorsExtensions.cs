namespace GraphExplorer.Api.Auth;

/// <summary>CORS for front ends on other origins: any origin in Development, the configured ones elsewhere (none by default).</summary>
internal static class CorsExtensions
{
    /// <summary>The configuration key listing the allowed origins.</summary>
    public const string OriginsKey = "GraphExplorer:Cors:AllowedOrigins";

    /// <summary>Adds the default CORS policy.</summary>
    public static IServiceCollection AddGraphExplorerCors(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var origins = configuration.GetSection(OriginsKey).Get<string[]>() ?? [];
        services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            if (environment.IsDevelopment() && origins.Length == 0)
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", "Accept", "Authorization", ApiKeyAuthenticationHandler.HeaderName)
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
        return services;
    }
}
