namespace GraphExplorer.Api.GraphQL.Models;

/// <summary>The GraphQL shape of one side of an encounter (an official, or a post whose holder is unknown).</summary>
internal sealed class PartyModel
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string? CountryId { get; set; }

    public string? CountryName { get; set; }

    public string? Role { get; set; }

    public bool? HeadOfDelegation { get; set; }
}
