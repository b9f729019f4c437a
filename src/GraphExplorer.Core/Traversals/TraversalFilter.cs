namespace GraphExplorer.Core.Traversals;

/// <summary>Which relationships and nodes a traversal follows, shared by neighbourhoods and paths.</summary>
/// <param name="RelationshipTypes">Only these relationship types; <c>null</c> or empty: any.</param>
/// <param name="AsOf">Only relationships in effect then (<c>since</c>/<c>until</c> overlap it; unknown ends exclude nothing).</param>
/// <param name="IncludeSources">Whether provenance (<c>SOURCED_FROM</c> relationships and <c>Source</c> nodes) is followed.</param>
/// <param name="SupernodeDegree">A node with more relationships than this (of the followed types) is shown but not expanded.</param>
public sealed record TraversalFilter(IReadOnlyList<string>? RelationshipTypes, DateInterval? AsOf, bool IncludeSources, int SupernodeDegree)
{
    /// <summary>The default <see cref="SupernodeDegree"/>: above every ordinary entity of the benchmark dataset (at most 69), below its hubs (countries from 2,277, topics about 6,000, sources 100,572).</summary>
    public const int DefaultSupernodeDegree = 1_000;

    /// <summary>The relationship type that links an entity to its provenance.</summary>
    public const string SourcedFrom = "SOURCED_FROM";

    /// <summary>
    /// A filter that follows provenance when asked, when <c>SOURCED_FROM</c> is one of the asked types, or when one of
    /// the traversal's ends is a <c>Source</c> (a question about provenance).
    /// </summary>
    public static TraversalFilter For(IReadOnlyList<string>? types, DateInterval? asOf, bool includeSources, int supernodeDegree, params NodeReference[] ends) =>
        new(types, asOf, includeSources || (types?.Contains(SourcedFrom, StringComparer.Ordinal) ?? false) || ends.Any(e => e.Label == "Source"), supernodeDegree);
}
