using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Execution.Procedures;

/// <summary>The fulltext procedures: <c>db.index.fulltext.queryNodes(indexName, queryString) YIELD node, score</c>.</summary>
internal static class FulltextProcedures
{
    /// <summary>Nodes of a fulltext index matching a query, best first.</summary>
    public static ProcedureSignature QueryNodes { get; } = new(
        "db.index.fulltext.queryNodes",
        [new("indexName", "STRING?"), new("queryString", "STRING?")],
        [new("node", "NODE?"), new("score", "FLOAT?")],
        (store, arguments) =>
        {
            if (arguments[0] is not string name || store.FindFulltextIndex(name) is not { } index)
            {
                throw new CypherException(
                    StatusCodes.ProcedureCallFailed,
                    $"Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: {arguments[0]}",
                    ErrorPhase.Runtime);
            }

            return arguments[1] is string query
                ? [.. index.Query(query).Select(hit => (IReadOnlyList<object?>)[hit.Node, hit.Score])]
                : [];
        });
}
