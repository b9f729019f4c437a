namespace GraphExplorer.Core.SavedQueries;

/// <summary>
/// Checks supplied values against a script's declared parameters and fills in defaults.
/// Thread-safe (stateless).
/// </summary>
public static class SavedQueryParameterBinder
{
    /// <summary>Binds values already typed (from JSON or code).</summary>
    /// <exception cref="SavedQueryException">A parameter is missing, unknown or of the wrong type; the message names it.</exception>
    public static IReadOnlyDictionary<string, object?> Bind(SavedQuery query, IReadOnlyDictionary<string, object?>? supplied)
    {
        ArgumentNullException.ThrowIfNull(query);
        supplied ??= new Dictionary<string, object?>();
        RejectUnknown(query, supplied.Keys);
        var bound = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in query.Parameters)
        {
            if (!supplied.TryGetValue(parameter.Name, out var value))
            {
                bound[parameter.Name] = parameter.HasDefault ? parameter.Default : throw Missing(query, parameter);
                continue;
            }

            if (!SavedQueryTypes.TryConvert(value, parameter.Type, out var converted))
            {
                throw new SavedQueryException(
                    SavedQueryErrorCodes.ParameterInvalid,
                    $"Parameter '{parameter.Name}' of saved query '{query.Name}' must be a {parameter.TypeName}, got {Describe(value)}.",
                    parameter.Name);
            }

            bound[parameter.Name] = converted;
        }

        return bound;
    }

    /// <summary>Binds values given as text (<c>--param name=value</c>), each read as its parameter's declared type.</summary>
    /// <exception cref="SavedQueryException">A parameter is missing, unknown or not readable as its type; the message names it.</exception>
    public static IReadOnlyDictionary<string, object?> BindText(SavedQuery query, IReadOnlyDictionary<string, string> supplied)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(supplied);
        RejectUnknown(query, supplied.Keys);
        var typed = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, text) in supplied)
        {
            var parameter = query.Parameter(name)!;
            if (!SavedQueryTypes.TryParseText(text, parameter.Type, out var value))
            {
                throw new SavedQueryException(
                    SavedQueryErrorCodes.ParameterInvalid,
                    $"Parameter '{name}' of saved query '{query.Name}' must be a {parameter.TypeName}, got '{text}'.",
                    name);
            }

            typed[name] = value;
        }

        return Bind(query, typed);
    }

    private static void RejectUnknown(SavedQuery query, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (query.Parameter(name) is null)
            {
                var known = query.Parameters.Count == 0 ? "none" : string.Join(", ", query.Parameters.Select(p => p.Name));
                throw new SavedQueryException(
                    SavedQueryErrorCodes.ParameterUnknown,
                    $"Saved query '{query.Name}' has no parameter '{name}' (its parameters: {known}).",
                    name);
            }
        }
    }

    private static SavedQueryException Missing(SavedQuery query, SavedQueryParameter parameter) =>
        new(
            SavedQueryErrorCodes.ParameterMissing,
            $"Saved query '{query.Name}' needs parameter '{parameter.Name}' ({parameter.TypeName}): {parameter.Description}",
            parameter.Name);

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"the string \"{s}\"",
        _ => $"{value} ({value.GetType().Name})",
    };
}
