using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine.Tests.Durability;

/// <summary>The two-thread load applies every record in order, on another thread, and stops on a failure on either side.</summary>
public sealed class LoadPipelineTests
{
    [Fact]
    public void Every_record_is_applied_in_order_on_another_thread()
    {
        var decoded = 0;
        var applied = new List<int>();
        var threads = new HashSet<int>();
        LoadPipeline.Run(
            50_000,
            () => decoded++,
            record =>
            {
                applied.Add(record);
                threads.Add(Environment.CurrentManagedThreadId);
            });

        Assert.Equal(Enumerable.Range(0, 50_000), applied);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads);
    }

    [Fact]
    public void A_failure_while_applying_stops_the_decoder_and_is_rethrown_as_thrown()
    {
        var decoded = 0;
        var error = Assert.Throws<InvalidDataException>(() => LoadPipeline.Run(
            1_000_000,
            () => decoded++,
            record => throw new InvalidDataException($"record {record}")));

        Assert.Equal("record 0", error.Message);
        Assert.True(decoded < 1_000_000, "the decoder stopped before the end");
    }

    [Fact]
    public void A_failure_while_decoding_is_rethrown_after_the_applier_stops()
    {
        var decoded = 0;
        var applying = 0;
        Assert.Throws<EndOfStreamException>(() => LoadPipeline.Run(
            10_000,
            () => decoded++ < 5_000 ? decoded : throw new EndOfStreamException(),
            _ => applying++));

        var afterwards = applying;
        Thread.Sleep(50);
        Assert.Equal(afterwards, applying);
    }
}
