using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace GraphExplorer.Api.Auth;

/// <summary>Authentication by API key or JWT bearer token, chosen per request by the headers sent.</summary>
internal static class AuthExtensions
{
    /// <summary>The default scheme: forwards to the API key scheme when <c>X-API-Key</c> is sent, else to JWT bearer.</summary>
    public const string PolicySchemeName = "GraphExplorer";

    /// <summary>Registers both schemes and the selecting policy scheme, configured from <c>GraphExplorer:Auth</c>.</summary>
    public static IServiceCollection AddGraphExplorerAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName));
        var jwt = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>()?.Jwt ?? new JwtOptions();

        // Without a configured key, tokens are checked against a random one: none validates.
        var key = string.IsNullOrEmpty(jwt.SigningKey) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(jwt.SigningKey);
        services.AddAuthentication(PolicySchemeName)
            .AddPolicyScheme(PolicySchemeName, "API key or bearer token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    IssuerSigningKey = new SymmetricSecurityKey(key),
                    ValidateIssuer = jwt.Issuer is not null,
                    ValidIssuer = jwt.Issuer,
                    ValidateAudience = jwt.Audience is not null,
                    ValidAudience = jwt.Audience,
                    RoleClaimType = "role",
                    NameClaimType = "sub",
                };
            });
        return services;
    }
}
