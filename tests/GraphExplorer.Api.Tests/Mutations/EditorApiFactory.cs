using GraphExplorer.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GraphExplorer.Api.Tests.Mutations;

/// <summary>The API with an editor key, a reader key and a JWT signing key configured.</summary>
public sealed class EditorApiFactory : ApiFactory
{
    public const string EditorKey = "editor-key-for-tests";
    public const string ReaderKey = "reader-key-for-tests";
    public const string SigningKey = "a-signing-key-for-tests-that-is-long-enough-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphExplorer:Auth:ApiKeys:0:Key", EditorKey);
        builder.UseSetting("GraphExplorer:Auth:ApiKeys:0:Roles:0", "editor");
        builder.UseSetting("GraphExplorer:Auth:ApiKeys:1:Key", ReaderKey);
        builder.UseSetting("GraphExplorer:Auth:ApiKeys:1:Roles:0", "reader");
        builder.UseSetting("GraphExplorer:Auth:Jwt:SigningKey", SigningKey);
    }
}

/// <summary>The API with reads closed to unauthenticated callers.</summary>
public sealed class ClosedReadsApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphExplorer:Auth:ApiKeys:0:Key", EditorApiFactory.ReaderKey);
        builder.UseSetting("GraphExplorer:Auth:ApiKeys:0:Roles:0", "reader");
        builder.UseSetting("GraphExplorer:Auth:RequireAuthenticationForReads", "true");
    }
}
