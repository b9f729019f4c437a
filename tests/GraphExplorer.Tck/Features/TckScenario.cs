namespace GraphExplorer.Tck.Features;

/// <summary>One runnable TCK scenario: a plain scenario, or one row of a scenario outline's examples.</summary>
/// <param name="Id">Stable id: <c>features-relative path: scenario name</c>, plus <c> #n</c> (1-based example row) for outlines.</param>
/// <param name="FeaturePath">The feature file's path relative to <c>features/</c>, with forward slashes.</param>
/// <param name="Folder">The feature file's folder relative to <c>features/</c>, e.g. <c>clauses/match</c>.</param>
/// <param name="Name">The scenario's name as written (placeholders not substituted).</param>
/// <param name="Tags">Tags of the feature, the scenario and its examples, without <c>@</c>.</param>
/// <param name="Steps">Background steps followed by the scenario's steps, placeholders substituted.</param>
internal sealed record TckScenario(
    string Id,
    string FeaturePath,
    string Folder,
    string Name,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TckStep> Steps);

/// <summary>A step of a scenario, already classified.</summary>
internal abstract record TckStep(int Line);

/// <summary><c>Given an empty graph</c> / <c>Given any graph</c> (no name) or <c>Given the NAME graph</c>.</summary>
internal sealed record InitialGraphStep(int Line, string? GraphName) : TckStep(Line);

/// <summary><c>And having executed:</c> a setup statement whose result is ignored.</summary>
internal sealed record SetupQueryStep(int Line, string Cypher) : TckStep(Line);

/// <summary><c>And parameters are:</c> name and value (TCK value syntax) per row.</summary>
internal sealed record ParametersStep(int Line, IReadOnlyList<KeyValuePair<string, string>> Parameters) : TckStep(Line);

/// <summary><c>When executing query:</c> (measured for side effects) or <c>When executing control query:</c>.</summary>
internal sealed record QueryStep(int Line, string Cypher, bool IsControl) : TckStep(Line);

/// <summary><c>Then the result should be …:</c> with the expected table (first row: column names).</summary>
internal sealed record ExpectRowsStep(
    int Line,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    bool Ordered,
    bool ListsAsBags) : TckStep(Line);

/// <summary><c>Then the result should be empty</c>.</summary>
internal sealed record ExpectEmptyStep(int Line) : TckStep(Line);

/// <summary><c>And the side effects should be:</c> or <c>And no side effects</c> (an empty map).</summary>
/// <param name="Expected">Quantities by name (<c>+nodes</c>, <c>-labels</c>, …); missing names mean zero.</param>
internal sealed record ExpectSideEffectsStep(int Line, IReadOnlyDictionary<string, int> Expected) : TckStep(Line);

/// <summary><c>Then a TYPE should be raised at PHASE: DETAIL</c>.</summary>
internal sealed record ExpectErrorStep(int Line, string ErrorType, ErrorTiming Timing, string Detail) : TckStep(Line);

/// <summary>A step the runner does not know; its scenario is reported as skipped.</summary>
internal sealed record UnsupportedStep(int Line, string Text) : TckStep(Line);

/// <summary>When the TCK expects an error to be raised.</summary>
internal enum ErrorTiming
{
    CompileTime,
    Runtime,
    AnyTime,
}
