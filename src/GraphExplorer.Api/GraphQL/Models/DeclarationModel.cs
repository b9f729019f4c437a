namespace GraphExplorer.Api.GraphQL.Models;

/// <summary>The GraphQL shape of a declaration.</summary>
internal sealed class DeclarationModel
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Kind { get; set; }

    public string? SignedOn { get; set; }

    public string? Summary { get; set; }
}
