using GraphExplorer.Engine.Storage.Indexes;
using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Execution.Procedures;

/// <summary>
/// The fulltext procedures: <c>db.index.fulltext.queryNodes(indexName, queryString, options = {}) YIELD node, score</c>,
/// with Neo4j 5's options <c>skip</c>, <c>limit</c> and <c>analyzer</c> (accepted; the index's one analyzer is used).
/// </summary>
internal static class FulltextProcedures
{
    private const string QueryNodesName = "db.index.fulltext.queryNodes";

    /// <summary>Nodes of a fulltext index matching a Lucene query, best first (ties by node id).</summary>
    public static ProcedureSignature QueryNodes { get; } = new(
        QueryNodesName,
        [new("indexName", "STRING?"), new("queryString", "STRING?"), new("options", "MAP?")],
        [new("node", "NODE?"), new("score", "FLOAT?")],
        (store, arguments) =>
        {
            if (arguments[0] is not string name || store.FindFulltextIndex(name) is not { } index)
            {
                throw Failed($"java.lang.IllegalArgumentException: There is no such fulltext schema index: {arguments[0]}");
            }

            if (arguments[1] is not string text)
            {
                return [];
            }

            var (skip, limit) = Page(arguments[2] as IReadOnlyDictionary<string, object?>);
            FulltextQuery? query;
            try
            {
                query = FulltextQueryParser.Parse(text);
            }
            catch (FulltextSyntaxException e)
            {
                throw Failed($"org.apache.lucene.queryparser.classic.ParseException: {e.Message}");
            }

            return [.. index.Search(query, skip, limit).Select(hit => (IReadOnlyList<object?>)[hit.Node, hit.Score])];
        })
    {
        Defaults = [new Dictionary<string, object?>()],
    };

    private static (int Skip, int? Limit) Page(IReadOnlyDictionary<string, object?>? options)
    {
        if (options is null)
        {
            return (0, null);
        }

        return (Count(options, "skip") ?? 0, Count(options, "limit"));
    }

    private static int? Count(IReadOnlyDictionary<string, object?> options, string key)
    {
        var value = options.GetValueOrDefault(key);
        return value switch
        {
            null => null,
            long count when count is >= 0 and <= int.MaxValue => (int)count,
            long => throw Failed($"java.lang.IllegalArgumentException: The '{key}' option must be a non-negative integer, but was {value}."),
            _ => throw Failed($"java.lang.IllegalArgumentException: The '{key}' option must be an integer, but was {CypherTypes.TypeName(value)}."),
        };
    }

    private static CypherException Failed(string cause) =>
        new(StatusCodes.ProcedureCallFailed, $"Failed to invoke procedure `{QueryNodesName}`: Caused by: {cause}", ErrorPhase.Runtime);
}
