namespace GraphExplorer.Core.SavedQueries;

/// <summary>A saved Cypher script with the header that describes it.</summary>
/// <param name="Name">The script's name (unique in a catalog).</param>
/// <param name="Description">What question it answers.</param>
/// <param name="ReadOnly">Whether the header declares the script read-only (every catalog script runs in a read transaction anyway).</param>
/// <param name="Parameters">Declared parameters, in header order.</param>
/// <param name="Cypher">The statement (the file without its header comments).</param>
/// <param name="SourcePath">The file it was read from, when it came from a file.</param>
public sealed record SavedQuery(
    string Name,
    string Description,
    bool ReadOnly,
    IReadOnlyList<SavedQueryParameter> Parameters,
    string Cypher,
    string? SourcePath = null)
{
    /// <summary>The declared parameter called <paramref name="name"/>, or <c>null</c>.</summary>
    public SavedQueryParameter? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}
