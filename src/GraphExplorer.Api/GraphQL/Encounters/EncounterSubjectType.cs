using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Core.Encounters;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Encounters;

/// <summary>GraphQL type <c>EncounterSubject</c>: an entity a participant resolved to, or the key of a group.</summary>
internal sealed class EncounterSubjectType : ObjectGraphType<EncounterSubject>
{
    public EncounterSubjectType()
    {
        Name = "EncounterSubject";
        Description = "An official, post, country or meeting that encounters are about: what a participant resolved to, or what a group counts.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Its global id: pass it as `participant` to ask about this entity alone.").Resolve(c => GlobalId.Encode(c.Source.Label, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("key").Description("Its stable id in the graph.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("`Official`, `Position`, `Country` or `Meeting`.").Resolve(c => c.Source.Label);
        Field(x => x.Name).Description("Its name, or the title of a post or meeting.");
    }
}
