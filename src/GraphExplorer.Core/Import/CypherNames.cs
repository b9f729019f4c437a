using System.Text.RegularExpressions;

namespace GraphExplorer.Core.Import;

/// <summary>Checks labels and relationship types before they are spliced into Cypher (they cannot be parameters).</summary>
public static partial class CypherNames
{
    /// <summary>Whether <paramref name="name"/> is a plain identifier (letters, digits, underscore; not starting with a digit).</summary>
    public static bool IsValid(string? name) => name is not null && Identifier().IsMatch(name);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
