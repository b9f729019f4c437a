using System.Text.RegularExpressions;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Tck.Running;

/// <summary>Short, groupable causes of failures: the engine's error with positions and literals blurred.</summary>
internal static partial class FailureCauses
{
    private const int MaxLength = 140;

    /// <summary>The cause of an engine error: its code's last segment and the first line of its message.</summary>
    public static string Of(CypherException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return $"{ErrorExpectation.LastSegment(error.Code)}: {Normalize(error.Message)}";
    }

    /// <summary>A failure for an exception that is not a <see cref="CypherException"/>: a bug in the engine.</summary>
    public static Failure Crash(string stage, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var cause = $"crash: {error.GetType().Name}: {Normalize(error.Message)}";
        return new Failure(cause, $"{stage} threw {error.GetType().FullName}: {error.Message}\n{error.StackTrace}");
    }

    /// <summary>The cause of a result mismatch: its first line up to the first colon (e.g. "wrong rows").</summary>
    public static string OfMismatch(string problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var colon = problem.IndexOf(':', StringComparison.Ordinal);
        return Normalize(colon < 0 ? problem : problem[..colon]);
    }

    /// <summary>The engine's counters as <c>name value</c> pairs, only those that are not zero.</summary>
    public static string Describe(QueryCounters? counters)
    {
        if (counters is null)
        {
            return "none";
        }

        var pairs = new (string Name, int Value)[]
        {
            ("nodesCreated", counters.NodesCreated), ("nodesDeleted", counters.NodesDeleted),
            ("relationshipsCreated", counters.RelationshipsCreated), ("relationshipsDeleted", counters.RelationshipsDeleted),
            ("propertiesSet", counters.PropertiesSet), ("labelsAdded", counters.LabelsAdded), ("labelsRemoved", counters.LabelsRemoved),
        }.Where(p => p.Value != 0).Select(p => $"{p.Name} {p.Value}").ToList();
        return pairs.Count == 0 ? "all zero" : string.Join(", ", pairs);
    }

    /// <summary>The first line of a message, without positions, with numbers blurred, cut to a readable length.</summary>
    public static string Normalize(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var line = message.Split('\n')[0].Trim();
        line = Position().Replace(line, string.Empty);
        line = Number().Replace(line, "N");
        line = line.Trim().TrimEnd('.', ':', ',').Trim();
        return line.Length <= MaxLength ? line : line[..MaxLength] + "…";
    }

    [GeneratedRegex(@"\s*\(?\s*(at\s+)?line\s+\d+,\s*column\s+\d+(\s*\(offset:?\s*\d+\))?\s*\)?", RegexOptions.IgnoreCase)]
    private static partial Regex Position();

    [GeneratedRegex(@"(?<![\w'])\d+(\.\d+)?(?![\w'])")]
    private static partial Regex Number();
}
