using GraphExplorer.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>Outside Development, responses carry no exception details and no round-trip counts.</summary>
public sealed class ProductionErrorTests(ProductionApiFactory factory) : IClassFixture<ProductionApiFactory>
{
    [Fact]
    public async Task Production_responses_have_no_round_trip_extension()
    {
        var client = factory.CreateHttpClient();

        using var response = await client.PostQueryAsync("{ backend }");

        var body = await response.ReadJsonAsync();
        Assert.Null(body["extensions"]);
    }

    [Fact]
    public void Production_errors_hide_exception_details()
    {
        factory.StartServer();
        var errors = factory.Services.GetRequiredService<IErrorInfoProvider>();

        var info = errors.GetInfo(new ExecutionError("Failed.", new InvalidOperationException("secret detail")));

        Assert.False(info.Extensions?.ContainsKey("details") ?? false);
    }
}
