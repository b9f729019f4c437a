namespace GraphExplorer.Api.Database;

/// <summary>The start-up warm-up's settings, bound from <c>GraphExplorer:WarmUp</c> (environment: <c>GraphExplorer__WarmUp__Seconds</c>).</summary>
internal sealed class WarmUpOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphExplorer:WarmUp";

    /// <summary>How long the warm-up may repeat its requests, in seconds; each runs at least once. 0 skips the warm-up.</summary>
    public double Seconds { get; set; } = 2;

    /// <summary>How many rounds at most (each round runs every shape once; the hot methods run many times per request).</summary>
    public int MaxRounds { get; set; } = 10;
}
