using System.Globalization;
using GraphExplorer.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GraphExplorer.Api.Tests.Limits;

/// <summary>The API with tight limits, so each can be hit with a small request.</summary>
public sealed class LimitedApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Set(builder, "MaxComplexity", 200);
        Set(builder, "FanOutCap", 2);
    }

    private static void Set(IWebHostBuilder builder, string name, int value) =>
        builder.UseSetting("GraphExplorer:Limits:" + name, value.ToString(CultureInfo.InvariantCulture));
}

/// <summary>The API with a short request timeout and traversal caps high enough for a query to outlast it.</summary>
public sealed class ShortTimeoutApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphExplorer:Limits:RequestTimeoutMilliseconds", "300");
        builder.UseSetting("GraphExplorer:Limits:MaxPathLength", "12");
        builder.UseSetting("GraphExplorer:Limits:MaxPaths", "1000000000");
    }
}
