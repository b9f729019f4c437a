namespace GraphExplorer.Graph.Errors;

/// <summary>When an error was raised: while compiling the statement, or while running it.</summary>
public enum ErrorPhase
{
    /// <summary>Parsing, semantic analysis or planning: nothing ran.</summary>
    Compile = 1,

    /// <summary>During execution: the statement's effects were rolled back.</summary>
    Runtime = 2,
}
