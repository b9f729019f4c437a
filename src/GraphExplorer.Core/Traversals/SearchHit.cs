namespace GraphExplorer.Core.Traversals;

/// <summary>One entity found by <see cref="SearchQueries.SearchAsync"/>.</summary>
/// <param name="Label">The entity's label (<c>Country</c>, <c>Official</c>, …).</param>
/// <param name="Id">Its stable <c>id</c> property.</param>
/// <param name="Text">Its display name (name, or title).</param>
/// <param name="Score">The fulltext index's relevance score: higher is better, comparable within one answer only.</param>
public sealed record SearchHit(string Label, string Id, string Text, double Score);
