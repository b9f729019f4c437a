namespace GraphExplorer.Core.Scripts;

/// <summary>One statement of a Cypher script, without its terminating semicolon.</summary>
/// <param name="Text">The statement's text, from its first token to its last (comments inside it are kept).</param>
/// <param name="Line">The one-based line of the script on which the statement starts.</param>
public sealed record CypherStatement(string Text, int Line);
