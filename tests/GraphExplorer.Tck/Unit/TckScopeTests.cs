using GraphExplorer.Tck.Features;

namespace GraphExplorer.Tck.Unit;

public sealed class TckScopeTests
{
    [Theory]
    [InlineData("RETURN date({year: 1984})")]
    [InlineData("UNWIND [localtime({hour: 10})] AS t RETURN t")]
    [InlineData("RETURN datetime.fromepoch(1, 0)")]
    [InlineData("RETURN DURATION('P1D')")]
    [InlineData("RETURN date.truncate('month', d)")]
    [InlineData("RETURN time ('12:00')")]
    public void Calls_of_temporal_functions_are_temporal(string cypher) =>
        Assert.True(TckScope.IsTemporalText(cypher));

    [Theory]
    [InlineData("MATCH (n) RETURN n.date AS date")]
    [InlineData("RETURN toUpper('time')")]
    [InlineData("CREATE ({created: true})")]
    [InlineData("RETURN n.datetime")]
    [InlineData("RETURN myTime(1)")]
    public void Temporal_words_that_are_not_calls_are_not_temporal(string cypher) =>
        Assert.False(TckScope.IsTemporalText(cypher));

    [Theory]
    [InlineData("clauses/call", "folder")]
    [InlineData("expressions/temporal", "folder")]
    [InlineData("clauses/match", null)]
    public void Call_and_temporal_folders_are_excluded(string folder, string? reason) =>
        Assert.Equal(reason, TckScope.ExclusionReason(Scenario(folder, [], "RETURN 1")));

    [Fact]
    public void Temporal_scenarios_elsewhere_are_excluded() =>
        Assert.Equal("temporal", TckScope.ExclusionReason(Scenario("clauses/with-orderBy", [], "RETURN date('2020-01-01') AS d")));

    [Fact]
    public void Scenarios_tagged_ignore_are_excluded() =>
        Assert.Equal("@ignore", TckScope.ExclusionReason(Scenario("expressions/graph", ["ignore"], "RETURN 1")));

    private static TckScenario Scenario(string folder, string[] tags, string cypher) =>
        new($"{folder}/F.feature: [1] s", $"{folder}/F.feature", folder, "[1] s", tags, [new QueryStep(1, cypher, IsControl: false)]);
}
