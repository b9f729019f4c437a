using System.Net;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Mutations;

/// <summary>Reads are public unless configured otherwise.</summary>
public sealed class ReadAccessTests(ClosedReadsApiFactory factory) : IClassFixture<ClosedReadsApiFactory>
{
    [Fact]
    public async Task Reads_need_credentials_when_configured()
    {
        using var anonymous = await factory.CreateHttpClient().PostQueryAsync("{ countries { totalCount } }");
        var (_, withKey) = await MutationClient.SendAsync(factory.CreateHttpClient(), "{ countries { totalCount } }", apiKey: EditorApiFactory.ReaderKey);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await anonymous.ReadJsonAsync()).ErrorCodes());
        Assert.Equal(3, withKey["data"]!["countries"]!["totalCount"]!.GetValue<int>());
    }
}
