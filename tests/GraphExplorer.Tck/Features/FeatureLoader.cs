using Gherkin;
using Gherkin.Ast;

namespace GraphExplorer.Tck.Features;

/// <summary>Reads TCK feature files with the Gherkin parser and expands them into runnable scenarios.</summary>
internal static class FeatureLoader
{
    /// <summary>Every scenario of every <c>*.feature</c> file under <paramref name="featuresDirectory"/>, in path order.</summary>
    public static IReadOnlyList<TckScenario> LoadAll(string featuresDirectory)
    {
        var scenarios = new List<TckScenario>();
        var files = Directory.EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(featuresDirectory, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var relativePath in files)
        {
            var text = File.ReadAllText(Path.Combine(featuresDirectory, relativePath));
            scenarios.AddRange(Load(relativePath, text));
        }

        return scenarios;
    }

    /// <summary>The scenarios of one feature file's text; <paramref name="featurePath"/> is its path relative to <c>features/</c>.</summary>
    public static IReadOnlyList<TckScenario> Load(string featurePath, string featureText)
    {
        var document = new Parser().Parse(new StringReader(featureText));
        var feature = document.Feature ?? throw new InvalidDataException($"{featurePath} has no feature.");
        var folder = featurePath.Contains('/', StringComparison.Ordinal) ? featurePath[..featurePath.LastIndexOf('/')] : string.Empty;
        var featureTags = feature.Tags.Select(TagName).ToList();
        var background = new List<Step>();
        var scenarios = new List<TckScenario>();
        foreach (var child in feature.Children)
        {
            switch (child)
            {
                case Background b:
                    background.AddRange(b.Steps);
                    break;
                case Scenario s:
                    scenarios.AddRange(Expand(featurePath, folder, featureTags, background, s));
                    break;
                default:
                    break;
            }
        }

        return scenarios;
    }

    private static IEnumerable<TckScenario> Expand(
        string featurePath,
        string folder,
        List<string> featureTags,
        List<Step> background,
        Scenario scenario)
    {
        var baseId = $"{featurePath}: {scenario.Name.Trim()}";
        var tags = featureTags.Concat(scenario.Tags.Select(TagName)).ToList();
        var examples = scenario.Examples.ToList();
        if (examples.Count == 0)
        {
            yield return Build(baseId, featurePath, folder, scenario, tags, background, new Dictionary<string, string>());
            yield break;
        }

        var index = 0;
        foreach (var table in examples)
        {
            var header = table.TableHeader?.Cells.Select(c => c.Value).ToList() ?? [];
            var exampleTags = tags.Concat(table.Tags.Select(TagName)).ToList();
            foreach (var row in table.TableBody)
            {
                index++;
                var values = row.Cells.Select(c => c.Value).ToList();
                var substitutions = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < header.Count && i < values.Count; i++)
                {
                    substitutions[header[i]] = values[i];
                }

                yield return Build($"{baseId} #{index}", featurePath, folder, scenario, exampleTags, background, substitutions);
            }
        }
    }

    private static TckScenario Build(
        string id,
        string featurePath,
        string folder,
        Scenario scenario,
        List<string> tags,
        List<Step> background,
        Dictionary<string, string> substitutions)
    {
        var steps = background.Concat(scenario.Steps).Select(step => ToStep(step, substitutions)).ToList();
        return new TckScenario(id, featurePath, folder, scenario.Name.Trim(), tags, steps);
    }

    private static TckStep ToStep(Step step, Dictionary<string, string> substitutions)
    {
        var text = Substitute(step.Text, substitutions);
        var docString = step.DocString is null ? null : Substitute(step.DocString.Content, substitutions);
        var table = step.DataTable?.Rows
            .Select(row => (IReadOnlyList<string>)row.Cells.Select(c => Substitute(c.Value, substitutions)).ToList())
            .ToList();
        return StepParser.Parse(step.Location.Line, text, docString, table);
    }

    private static string Substitute(string text, Dictionary<string, string> substitutions)
    {
        foreach (var (name, value) in substitutions)
        {
            text = text.Replace($"<{name}>", value, StringComparison.Ordinal);
        }

        return text;
    }

    private static string TagName(Tag tag) => tag.Name.TrimStart('@');
}
