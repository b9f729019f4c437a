using GraphExplorer.Graph;
using GraphExplorer.Tck.Running;

namespace GraphExplorer.Tck.Unit;

public sealed class CounterCheckTests
{
    [Fact]
    public void Counters_that_match_the_side_effects_agree() =>
        Assert.Null(CounterCheck.Disagreements(
            new Dictionary<string, int> { ["+nodes"] = 1, ["+properties"] = 2 },
            new QueryCounters { NodesCreated = 1, PropertiesSet = 2 }));

    [Fact]
    public void Labels_counted_per_node_disagree_with_distinct_labels() =>
        Assert.Equal(
            "+labels 1 vs LabelsAdded 2",
            CounterCheck.Disagreements(
                new Dictionary<string, int> { ["+nodes"] = 2, ["+labels"] = 1 },
                new QueryCounters { NodesCreated = 2, LabelsAdded = 2 }));
}
