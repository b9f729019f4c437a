using GraphExplorer.Api.Auth;

namespace GraphExplorer.Api.Extensions;

/// <summary>Who may call the API: authentication (API keys, JWT) and CORS. The middleware is placed by <c>Program.cs</c>.</summary>
internal static class SecurityExtensions
{
    /// <summary>Adds the authentication schemes and the CORS policy, configured from <c>GraphExplorer:Auth</c> and <c>GraphExplorer:Cors</c>.</summary>
    public static WebApplicationBuilder AddGraphExplorerSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphExplorerAuthentication(builder.Configuration);
        builder.Services.AddGraphExplorerCors(builder.Configuration, builder.Environment);
        return builder;
    }
}
