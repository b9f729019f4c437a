using GraphExplorer.Core.Encounters;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Common;

/// <summary>GraphQL enum <c>EncounterLevel</c>.</summary>
internal sealed class EncounterLevelEnum : EnumerationGraphType
{
    public EncounterLevelEnum()
    {
        Name = "EncounterLevel";
        Description = "Who the sides of an encounter are.";
        Add("OFFICIAL", EncounterLevel.Official, "Officials: who attended, or held (at the meeting's date) a post that attended; a post with no known holder stands for itself.");
        Add("POSITION", EncounterLevel.Position, "Posts: those that attended, or that an attending official held at the meeting's date.");
        Add("COUNTRY", EncounterLevel.Country, "Countries: the delegations that attended and the countries recorded as taking part.");
    }
}
