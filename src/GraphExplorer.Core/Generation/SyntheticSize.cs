namespace GraphExplorer.Core.Generation;

/// <summary>How much synthetic data to generate.</summary>
/// <param name="Countries">Countries (at most the vocabulary's 60).</param>
/// <param name="MinistriesPerCountry">Ministries per country (at most 12).</param>
/// <param name="PostsPerMinistry">Posts per ministry (at most 8).</param>
/// <param name="Officials">Officials.</param>
/// <param name="Declarations">Declarations.</param>
/// <param name="Meetings">Meetings.</param>
/// <param name="MaxAttendeesPerCountry">Largest delegation per country at a meeting.</param>
public sealed record SyntheticSize(int Countries, int MinistriesPerCountry, int PostsPerMinistry, int Officials, int Declarations, int Meetings, int MaxAttendeesPerCountry)
{
    /// <summary>Thousands of nodes: for trying things out and for tests.</summary>
    public static SyntheticSize Demo { get; } = new(20, 6, 5, 800, 150, 600, 3);

    /// <summary>About 100k nodes and 1M relationships: for measuring.</summary>
    public static SyntheticSize Benchmark { get; } = new(60, 12, 8, 30_000, 8_000, 56_000, 5);

    /// <summary>The size called <paramref name="name"/> (<c>demo</c>, <c>benchmark</c>), or <c>null</c>.</summary>
    public static SyntheticSize? Named(string name) => name.ToUpperInvariant() switch
    {
        "DEMO" => Demo,
        "BENCHMARK" => Benchmark,
        _ => null,
    };
}
