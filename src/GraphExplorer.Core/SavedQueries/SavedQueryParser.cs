using GraphExplorer.Core.Scripts;

namespace GraphExplorer.Core.SavedQueries;

/// <summary>
/// Reads a saved script: the header's comment lines (<c>// name:</c>, <c>// description:</c>,
/// <c>// param: name Type [= default] — description</c>, <c>// read-only: true</c>) and one statement.
/// Thread-safe (stateless).
/// </summary>
public static class SavedQueryParser
{
    private static readonly string[] DescriptionSeparators = [" — ", " – ", " -- ", " - "];

    /// <summary>Reads a script file; a file without <c>// name:</c> is named after the file.</summary>
    /// <exception cref="SavedQueryException">The header or the statement is malformed (code <c>SAVED_QUERY_INVALID_HEADER</c>).</exception>
    public static async Task<SavedQuery> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(text, Path.GetFileNameWithoutExtension(path), path);
    }

    /// <summary>Parses a script's text.</summary>
    /// <exception cref="SavedQueryException">The header or the statement is malformed.</exception>
    public static SavedQuery Parse(string text, string fallbackName, string? sourcePath = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var where = sourcePath is null ? fallbackName : Path.GetFileName(sourcePath);
        string? name = null;
        var description = string.Empty;
        var readOnly = false;
        var parameters = new List<SavedQueryParameter>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                break;
            }

            var body = line[2..].Trim();
            var colon = body.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = body[..colon].Trim().ToUpperInvariant();
            var value = body[(colon + 1)..].Trim();
            switch (key)
            {
                case "NAME":
                    name = value;
                    break;
                case "DESCRIPTION":
                    description = description.Length == 0 ? value : description + " " + value;
                    break;
                case "READ-ONLY":
                    readOnly = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                    break;
                case "PARAM":
                    var parameter = ParseParameter(value, where, lineNumber);
                    if (parameters.Any(p => p.Name == parameter.Name))
                    {
                        throw Invalid($"{where}, line {lineNumber}: parameter '{parameter.Name}' is declared twice.");
                    }

                    parameters.Add(parameter);
                    break;
                default:
                    break;
            }
        }

        var statements = CypherScript.Split(text);
        if (statements.Count != 1)
        {
            throw Invalid($"{where}: a saved script holds exactly one statement, found {statements.Count}.");
        }

        name = string.IsNullOrWhiteSpace(name) ? fallbackName : name;
        return new SavedQuery(name, description, readOnly, parameters, statements[0].Text, sourcePath);
    }

    private static SavedQueryParameter ParseParameter(string text, string where, int line)
    {
        var description = string.Empty;
        foreach (var separator in DescriptionSeparators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 0)
            {
                description = text[(at + separator.Length)..].Trim();
                text = text[..at].Trim();
                break;
            }
        }

        string? defaultText = null;
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals >= 0)
        {
            defaultText = text[(equals + 1)..].Trim();
            text = text[..equals].Trim();
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw Invalid($"{where}, line {line}: expected '// param: name Type [= default] — description'.");
        }

        if (!SavedQueryTypes.TryParseName(parts[1], out var type))
        {
            throw Invalid($"{where}, line {line}: parameter '{parts[0]}' has unknown type '{parts[1]}' (String, Integer, Float, Boolean, List<String>).");
        }

        object? defaultValue = null;
        if (defaultText is not null && !SavedQueryTypes.TryParseText(defaultText, type, out defaultValue))
        {
            throw Invalid($"{where}, line {line}: the default '{defaultText}' of parameter '{parts[0]}' is not a {SavedQueryTypes.NameOf(type)}.");
        }

        return new SavedQueryParameter(parts[0].TrimStart('$'), type, defaultText is not null, defaultValue, description);
    }

    private static SavedQueryException Invalid(string message) => new(SavedQueryErrorCodes.InvalidHeader, message);
}
