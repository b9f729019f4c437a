using GraphExplorer.Core.Encounters;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Encounters;

/// <summary>GraphQL type <c>EncounterDeclaration</c>: the declaration of an encounter (the entity type <c>Declaration</c> is in Entities/).</summary>
internal sealed class DeclarationType : ObjectGraphType<DeclarationInfo>
{
    public DeclarationType()
    {
        Name = "EncounterDeclaration";
        Description = "An agreement, such as a joint declaration, signed on behalf of countries.";
        Field(x => x.Id).Description("The declaration's id.");
        Field(x => x.Title).Description("The declaration's title.");
        Field(x => x.Kind, nullable: true).Description("What kind of instrument it is, e.g. `joint declaration`.");
        Field(x => x.SignedOn, nullable: true).Description("When it was signed: a possibly partial ISO date (`2025`).");
        Field(x => x.Summary, nullable: true).Description("A short summary of what it says.");
    }
}
