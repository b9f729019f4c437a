using GraphExplorer.Api.GraphQL.Relay;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Encounters;

/// <summary>The fields both encounter connections share: Relay's <c>pageInfo</c>, and whom the participant and counterpart resolved to.</summary>
internal static class EncounterSubjectFields
{
    /// <summary>Adds <c>pageInfo</c> (the entity lists' <c>PageInfo</c> type).</summary>
    public static void AddPageInfo<T>(ObjectGraphType<T> type, Func<IResolveFieldContext<T>, PageInfo> pageInfo) =>
        type.AddField(new FieldType
        {
            Name = "pageInfo",
            Description = "Where the page is.",
            ResolvedType = new NonNullGraphType(new GraphQLTypeReference("PageInfo")),
            Resolver = new FuncFieldResolver<T, PageInfo>(context => pageInfo(context)),
        });

    /// <summary>Adds <c>participants</c>, <c>participantsTruncated</c>, <c>counterparts</c> and <c>counterpartsTruncated</c>.</summary>
    public static void Add<T>(ObjectGraphType<T> type, Func<IResolveFieldContext<T>, EncounterSubjectsUsed> subjects)
    {
        type.Field<ListGraphType<NonNullGraphType<EncounterSubjectType>>>("participants")
            .Description("The officials, posts or countries `participant` resolved to, best first (null when it was not given). An id names one entity; a text the entities named exactly so, else the best `search` matches. Pass one's `id` as `participant` to ask about it alone.")
            .Resolve(c => subjects(c).Participants?.Subjects);
        type.Field<NonNullGraphType<BooleanGraphType>>("participantsTruncated")
            .Description("Whether `participant` matched more entities than `participants` lists (only those are counted).")
            .Resolve(c => subjects(c).Participants?.Truncated ?? false);
        type.Field<ListGraphType<NonNullGraphType<EncounterSubjectType>>>("counterparts")
            .Description("The entities `counterpart` resolved to, as `participants`.")
            .Resolve(c => subjects(c).Counterparts?.Subjects);
        type.Field<NonNullGraphType<BooleanGraphType>>("counterpartsTruncated")
            .Description("Whether `counterpart` matched more entities than `counterparts` lists.")
            .Resolve(c => subjects(c).Counterparts?.Truncated ?? false);
    }
}
