using System.Text.RegularExpressions;

namespace GraphExplorer.Tck.Features;

/// <summary>
/// Which TCK scenarios the embedded engine is measured on: all but the <c>clauses/call</c> and
/// <c>expressions/temporal</c> folders, scenarios tagged <c>@ignore</c>, and temporal scenarios elsewhere.
/// </summary>
internal static partial class TckScope
{
    /// <summary>Feature folders (relative to <c>features/</c>) left out whole.</summary>
    public static IReadOnlyList<string> ExcludedFolders { get; } = ["clauses/call", "expressions/temporal"];

    /// <summary>Why a scenario is out of scope, or <c>null</c> when it is in scope.</summary>
    public static string? ExclusionReason(TckScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (ExcludedFolders.Any(folder => scenario.Folder == folder || scenario.Folder.StartsWith(folder + "/", StringComparison.Ordinal)))
        {
            return "folder";
        }

        if (scenario.Tags.Contains("ignore", StringComparer.Ordinal))
        {
            return "@ignore";
        }

        return scenario.Steps.Any(UsesTemporal) ? "temporal" : null;
    }

    /// <summary>
    /// The temporal rule: a text calls a temporal function (<c>date</c>, <c>time</c>, <c>datetime</c>,
    /// <c>localtime</c>, <c>localdatetime</c>, <c>duration</c>, also with a dotted suffix such as
    /// <c>date.truncate</c> or <c>datetime.fromepoch</c>), case-insensitively.
    /// </summary>
    public static bool IsTemporalText(string text) => TemporalCall().IsMatch(text);

    private static bool UsesTemporal(TckStep step) => step switch
    {
        SetupQueryStep s => IsTemporalText(s.Cypher),
        QueryStep q => IsTemporalText(q.Cypher),
        ParametersStep p => p.Parameters.Any(pair => IsTemporalText(pair.Value)),
        _ => false,
    };

    [GeneratedRegex(@"(?<![\w.$`])(date|time|datetime|localtime|localdatetime|duration)(\s*\.\s*\w+)*\s*\(", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TemporalCall();
}
