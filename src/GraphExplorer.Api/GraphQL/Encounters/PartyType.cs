using GraphExplorer.Core.Encounters;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Encounters;

/// <summary>GraphQL type <c>EncounterParty</c>.</summary>
internal sealed class PartyType : ObjectGraphType<EncounterParty>
{
    public PartyType()
    {
        Name = "EncounterParty";
        Description = "One side of an encounter: a named official, or a post whose holder is not known.";
        Field(x => x.Id).Description("The official's or position's id.");
        Field(x => x.Kind).Description("`Official` or `Position`.");
        Field(x => x.Name).Description("The official's name, or the position's title.");
        Field(x => x.CountryId, nullable: true).Description("The id of the country whose delegation it belonged to.");
        Field(x => x.CountryName, nullable: true).Description("The name of that country.");
        Field(x => x.Role, nullable: true).Description("The role in which it attended the meeting, when recorded.");
        Field(x => x.HeadOfDelegation, nullable: true).Description("Whether it led its delegation; null when not known.");
    }
}
