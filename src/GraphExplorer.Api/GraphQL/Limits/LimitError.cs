using GraphQL;

namespace GraphExplorer.Api.GraphQL.Limits;

/// <summary>A limit a request went over, as a GraphQL error carrying the limit's code.</summary>
internal static class LimitError
{
    /// <summary>An execution error (raised by a resolver) with <paramref name="code"/>.</summary>
    public static ExecutionError Create(string code, string message) => new(message) { Code = code };

    /// <summary>Fails with a limit error unless <paramref name="value"/> is at most <paramref name="maximum"/>.</summary>
    public static void ThrowIfAbove(int value, int maximum, string code, string argument)
    {
        if (value > maximum)
        {
            throw Create(code, $"'{argument}' is {value}; the most allowed is {maximum}.");
        }
    }
}
