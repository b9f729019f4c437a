namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>Orders scored nodes best first, ties by node id, keeping only a page when one is asked for. Thread-safe.</summary>
internal static class FulltextRanking
{
    /// <summary>
    /// The page [<paramref name="skip"/>, <paramref name="skip"/> + <paramref name="limit"/>) of <paramref name="scores"/> in rank
    /// order: with a limit, a heap of skip + limit entries (O(n log k)); without, a full sort.
    /// </summary>
    public static IReadOnlyList<(StoredNode Node, double Score)> Top(Dictionary<StoredNode, double> scores, int skip, int? limit)
    {
        var wanted = limit is { } l ? (long)skip + l : long.MaxValue;
        List<(StoredNode Node, double Score)> ranked;
        if (wanted < scores.Count)
        {
            // A min-heap whose root is the worst of the best k seen so far.
            var heap = new PriorityQueue<(StoredNode Node, double Score), (StoredNode Node, double Score)>((int)wanted, Worse.Instance);
            foreach (var (node, score) in scores)
            {
                if (heap.Count < wanted)
                {
                    heap.Enqueue((node, score), (node, score));
                }
                else if (Worse.Instance.Compare(heap.Peek(), (node, score)) < 0)
                {
                    heap.DequeueEnqueue((node, score), (node, score));
                }
            }

            ranked = new List<(StoredNode, double)>(heap.Count);
            while (heap.Count > 0)
            {
                ranked.Add(heap.Dequeue());
            }

            ranked.Reverse();
        }
        else
        {
            ranked = [.. scores.Select(e => (e.Key, e.Value))];
            ranked.Sort((a, b) => Worse.Instance.Compare(b, a));
        }

        return skip >= ranked.Count ? [] : ranked.GetRange(skip, Math.Min(ranked.Count - skip, (int)Math.Min(wanted - skip, int.MaxValue)));
    }

    // Orders worst first: a lower score, or the same score and a higher id.
    private sealed class Worse : IComparer<(StoredNode Node, double Score)>
    {
        public static readonly Worse Instance = new();

        public int Compare((StoredNode Node, double Score) x, (StoredNode Node, double Score) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.Node.Id.CompareTo(x.Node.Id);
        }
    }
}
