using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Execution;

/// <summary>
/// Names the parameter behind a type or argument error: when the value that cannot be used came from
/// <c>$name</c>, the message says so, since the caller chose that value, not the query text.
/// </summary>
internal static class ParameterErrors
{
    /// <summary>The error again, its message naming <paramref name="parameters"/> (when there are any and it is a type or argument error).</summary>
    public static CypherException Naming(CypherException error, IReadOnlyCollection<string> parameters)
    {
        if (parameters.Count == 0 || error.Code is not (StatusCodes.TypeError or StatusCodes.ArgumentError))
        {
            return error;
        }

        var names = string.Join(", ", parameters.Select(p => "$" + p));
        return new CypherException(
            error.Code,
            $"{error.Message} (parameter{(parameters.Count > 1 ? "s" : string.Empty)} {names})",
            error.Phase,
            error.Detail,
            error.Position,
            error);
    }

    /// <summary>The error again, naming the parameters behind <paramref name="expression"/> (itself, or the values of a map literal), when its detail is <paramref name="detail"/> (any, when null).</summary>
    public static CypherException Naming(CypherException error, Expression? expression, string? detail = null) =>
        expression is null || (detail is not null && error.Detail != detail) ? error : Naming(error, DirectParameters([expression]));

    /// <summary>The names of the parameters that are direct arguments or map values of <paramref name="expressions"/>.</summary>
    public static IReadOnlyCollection<string> DirectParameters(IEnumerable<Expression> expressions)
    {
        var names = new List<string>();
        foreach (var expression in expressions)
        {
            switch (expression)
            {
                case ParameterExpression parameter when !names.Contains(parameter.Name):
                    names.Add(parameter.Name);
                    break;
                case MapExpression map:
                    foreach (var name in DirectParameters(map.Entries.Select(e => e.Value)))
                    {
                        if (!names.Contains(name))
                        {
                            names.Add(name);
                        }
                    }

                    break;
            }
        }

        return names;
    }
}
