namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>A fulltext query that is not valid Lucene syntax; the message says what and where (the procedure wraps it in Neo4j's error).</summary>
internal sealed class FulltextSyntaxException : Exception
{
    public FulltextSyntaxException(string query, int column, string problem)
        : base($"Cannot parse '{query}': {problem} at column {column}.")
    {
    }

    public FulltextSyntaxException()
    {
    }

    public FulltextSyntaxException(string message)
        : base(message)
    {
    }

    public FulltextSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
