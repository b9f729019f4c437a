namespace GraphExplorer.Api.Auth;

/// <summary>Who may do what, bound from <c>GraphExplorer:Auth</c>.</summary>
internal sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "GraphExplorer:Auth";

    /// <summary>API keys, sent in the <c>X-API-Key</c> header, each with its roles.</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <summary>JWT bearer tokens: signed with a symmetric key, roles in the <c>role</c> claim.</summary>
    public JwtOptions Jwt { get; set; } = new();

    /// <summary>Whether queries too need an authenticated caller (by default reads are public).</summary>
    public bool RequireAuthenticationForReads { get; set; }
}

/// <summary>One API key and its roles.</summary>
internal sealed class ApiKeyOptions
{
    /// <summary>The key, as sent in <c>X-API-Key</c>.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The roles the key grants, e.g. <c>editor</c>.</summary>
    public List<string> Roles { get; set; } = [];
}

/// <summary>How bearer tokens are validated.</summary>
internal sealed class JwtOptions
{
    /// <summary>The symmetric signing key (HMAC-SHA256; at least 32 bytes). Without one, no token is accepted.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The issuer tokens must name, if set.</summary>
    public string? Issuer { get; set; }

    /// <summary>The audience tokens must name, if set.</summary>
    public string? Audience { get; set; }
}
