using System.CommandLine;

namespace GraphExplorer.Cli.Commands;

/// <summary>The <c>--param name=value</c> and <c>--format</c> options shared by the query commands.</summary>
internal static class ParameterOptions
{
    /// <summary>A new <c>--param</c> option (repeatable).</summary>
    public static Option<string[]> CreateParam() => new("--param", "-p")
    {
        Description = "A parameter as name=value (repeatable). Values are read as the script declares (saved queries) or as JSON when they parse as JSON (cypher).",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>A new <c>--format</c> option.</summary>
    public static Option<string> CreateFormat() => new Option<string>("--format", "-f")
    {
        Description = "Output format: table (default), json or csv.",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong(Output.ResultWriter.Formats);

    /// <summary>Splits <c>name=value</c> pairs.</summary>
    /// <exception cref="CliException">A pair has no <c>=</c> or an empty name, or a name is given twice.</exception>
    public static Dictionary<string, string> Split(IEnumerable<string>? pairs)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliException(ExitCodes.UsageError, $"--param '{pair}' is not name=value.");
            }

            if (!result.TryAdd(pair[..equals].Trim(), pair[(equals + 1)..]))
            {
                throw new CliException(ExitCodes.UsageError, $"--param '{pair[..equals]}' is given twice.");
            }
        }

        return result;
    }
}
