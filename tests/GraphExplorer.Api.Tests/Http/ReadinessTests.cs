using System.Net;
using GraphExplorer.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>/health/ready answers 200 only once the start-up warm-up has sent its requests; /health and /health/live do not wait.</summary>
public sealed class ReadinessTests(ReadinessTests.SlowWarmUpApiFactory factory) : IClassFixture<ReadinessTests.SlowWarmUpApiFactory>
{
    [Fact]
    public async Task Ready_waits_for_the_warm_up_while_health_and_live_answer_at_once()
    {
        var client = factory.CreateHttpClient();

        // The warm-up repeats its requests for five seconds from the moment the server listens.
        using (var ready = await client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var body = await ready.ReadJsonAsync();
            Assert.Equal("Unhealthy", body["checks"]!["warm-up"]!["status"]!.GetValue<string>());
        }

        using (var health = await client.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        using (var live = await client.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpStatusCode status;
        do
        {
            await Task.Delay(100);
            using var ready = await client.GetAsync("/health/ready");
            status = ready.StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
        // The shapes were sent over HTTP before readiness: their request lines are in the log.
        await factory.Logs.WaitForAsync(IsWarmUpNode);
        Assert.Contains(factory.Logs.Events, IsWarmUpNode);
    }

    private static bool IsWarmUpNode(Serilog.Events.LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("GraphQLOperation", out var name) && name.ToString() == "\"WarmUpNode\""
        && logEvent.Properties.TryGetValue("StatusCode", out var status) && status.ToString() == "200";

    /// <summary>The API with a warm-up that keeps repeating its requests for five seconds.</summary>
    public sealed class SlowWarmUpApiFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphExplorer:WarmUp:Seconds", "5");
            builder.UseSetting("GraphExplorer:WarmUp:MaxRounds", "1000000");
        }
    }
}
