using System.Runtime.CompilerServices;
using System.Text;

namespace GraphExplorer.Engine.Tests.Binding;

/// <summary>One query of a TCK scenario and the compile-time error the TCK expects of it, if any.</summary>
internal sealed record TckQuery(string Feature, string Scenario, string Query, string? CompileError);

/// <summary>
/// Reads the queries out of the openCypher TCK's feature files in <c>../shared/tck</c> (next to the
/// repository; absent elsewhere). Just enough Gherkin for that: scenarios, doc strings, outlines' examples.
/// </summary>
internal static class TckScenarioReader
{
    private const string DocString = "\"\"\"";

    /// <summary>The TCK's features folder, or null when it is not next to the repository.</summary>
    public static string? FindFeatures([CallerFilePath] string sourceFile = "")
    {
        // Builds may put binaries outside the repository (--artifacts-path), so start from this source file too.
        var starts = new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory }.Where(s => !string.IsNullOrEmpty(s));
        foreach (var start in starts)
        {
            var found = FindFrom(start!);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static string? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln")))
            {
                var features = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "tck", "features"));
                return Directory.Exists(features) ? features : null;
            }
        }

        return null;
    }

    /// <summary>Every query run by a scenario step ("having executed" and "executing query"), outlines expanded.</summary>
    public static IEnumerable<TckQuery> ReadAll(string featuresFolder)
    {
        foreach (var file in Directory.EnumerateFiles(featuresFolder, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            foreach (var scenario in SplitScenarios(lines))
            {
                foreach (var query in ReadScenario(Path.GetFileName(file), scenario))
                {
                    yield return query;
                }
            }
        }
    }

    private static IEnumerable<List<string>> SplitScenarios(string[] lines)
    {
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("Scenario", StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = [line.Trim()];
            }
            else
            {
                current?.Add(line);
            }
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    private static IEnumerable<TckQuery> ReadScenario(string feature, List<string> lines)
    {
        var steps = new List<(bool IsQuery, string Text)>();
        string? error = null;
        var examples = new List<Dictionary<string, string>>();
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('#'))
            {
                continue;
            }

            if ((line.EndsWith("executing query:", StringComparison.Ordinal) || line.EndsWith("having executed:", StringComparison.Ordinal))
                && i + 1 < lines.Count && lines[i + 1].Trim() == DocString)
            {
                var isQuery = line.EndsWith("executing query:", StringComparison.Ordinal);
                var indent = lines[i + 1].IndexOf('"', StringComparison.Ordinal);
                var text = new StringBuilder();
                for (i += 2; i < lines.Count && lines[i].Trim() != DocString; i++)
                {
                    text.AppendLine(lines[i].Length > indent ? lines[i][indent..] : lines[i].TrimStart());
                }

                steps.Add((isQuery, text.ToString().TrimEnd()));
            }
            else if (line.Contains("should be raised at compile time:", StringComparison.Ordinal))
            {
                error = line[(line.LastIndexOf(':') + 1)..].Trim();
            }
            else if (line.StartsWith("Examples", StringComparison.Ordinal))
            {
                var rows = new List<string[]>();
                for (i++; i < lines.Count && (lines[i].Trim().StartsWith('|') || lines[i].Trim().StartsWith('#')); i++)
                {
                    if (lines[i].Trim().StartsWith('|'))
                    {
                        rows.Add(lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray());
                    }
                }

                i--;
                examples.AddRange(rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second)));
            }
        }

        if (examples.Count == 0)
        {
            examples.Add([]);
        }

        foreach (var example in examples)
        {
            foreach (var (isQuery, text) in steps)
            {
                var query = example.Aggregate(text, (q, e) => q.Replace("<" + e.Key + ">", e.Value, StringComparison.Ordinal));
                yield return new TckQuery(feature, lines[0], query, isQuery ? error : null);
            }
        }
    }
}
