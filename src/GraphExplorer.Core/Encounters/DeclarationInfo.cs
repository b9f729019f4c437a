namespace GraphExplorer.Core.Encounters;

/// <summary>The declaration a meeting was held under.</summary>
/// <param name="Kind">What kind of instrument it is, e.g. <c>joint declaration</c>.</param>
/// <param name="SignedOn">A possibly partial date of signing (<c>2025</c>).</param>
public sealed record DeclarationInfo(string Id, string Title, string? Kind, string? SignedOn, string? Summary);
