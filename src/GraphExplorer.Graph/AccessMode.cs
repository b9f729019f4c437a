namespace GraphExplorer.Graph;

/// <summary>Whether a transaction may write. A write in a <see cref="Read"/> transaction fails with <c>Neo.ClientError.Statement.AccessMode</c>.</summary>
public enum AccessMode
{
    /// <summary>Reads only.</summary>
    Read = 1,

    /// <summary>Reads and writes.</summary>
    Write = 2,
}
