using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Core.Encounters;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Encounters;

/// <summary>
/// The encounters feature ("who met whom under which agreement"): its use cases and its two root fields,
/// <c>encounters</c> (a keyset connection) and <c>encounterGroups</c> (counts by meeting, counterpart or country).
/// </summary>
internal static class EncountersFeature
{
    /// <summary>Registers the feature's use cases.</summary>
    public static IServiceCollection AddEncounters(this IServiceCollection services)
    {
        services.AddSingleton<EncounterQueries>();
        services.AddSingleton<EncounterSubjects>();
        return services;
    }

    /// <summary>Adds the feature's fields to the root query.</summary>
    public static void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<EncounterConnectionType>>("encounters")
            .Description("Who met whom under which agreement: pairs of participants of different delegations at the same meeting, each pair both ways, at the level of officials, positions or countries, as a connection (keyset cursors). The participant is resolved to entities first (`participants`). With `asOf` or `during`, only meetings in that time and tenures held then count (a partial date is the whole period it names; an unknown date excludes nothing).")
            .WithEncounterArguments()
            .ResolveAsync(async context =>
            {
                var first = EncounterArguments.First(context);
                EncounterKey? after = null;
                if (context.GetArgument<string?>("after") is { } cursor && !EncounterCursor.TryDecode(cursor, out after))
                {
                    throw EncounterArguments.InvalidCursor();
                }

                var services = context.RequestServices!;
                var queries = services.GetRequiredService<EncounterQueries>();
                var (selection, subjects) = await EncounterArguments.SelectionAsync(context, services.GetRequiredService<EncounterSubjects>()).ConfigureAwait(false);
                var page = await queries.PageAsync(selection, after, first, context.CancellationToken).ConfigureAwait(false);
                var edges = page.Items.Select(e => new EncounterEdge(EncounterCursor.Encode(e), e)).ToList();
                var pageInfo = new PageInfo(page.HasNextPage, after is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
                return (object?)new EncounterConnection(edges, pageInfo, subjects, async cancellationToken =>
                    (await queries.AllAsync(selection, cancellationToken).ConfigureAwait(false)).Count);
            });

        query.Field<NonNullGraphType<EncounterGroupConnectionType>>("encounterGroups")
            .Description("The encounters that `encounters` would list with the same arguments, grouped by meeting, counterpart or the counterpart's country, each with its count; most encounters first.")
            .Argument<NonNullGraphType<EncounterGroupingEnum>>("by", "What to group by.")
            .WithEncounterArguments()
            .ResolveAsync(async context =>
            {
                var first = EncounterArguments.First(context);
                var start = 0;
                if (context.GetArgument<string?>("after") is { } cursor)
                {
                    start = GroupCursor.TryDecode(cursor, out var offset) ? offset + 1 : throw EncounterArguments.InvalidCursor();
                }

                var services = context.RequestServices!;
                var (selection, subjects) = await EncounterArguments.SelectionAsync(context, services.GetRequiredService<EncounterSubjects>()).ConfigureAwait(false);
                var groups = await services.GetRequiredService<EncounterQueries>()
                    .GroupAsync(selection, context.GetArgument<EncounterGrouping>("by"), context.CancellationToken).ConfigureAwait(false);
                var nodes = groups.Skip(start).Take(first).ToList();
                var pageInfo = new PageInfo(
                    start + nodes.Count < groups.Count,
                    start > 0,
                    nodes.Count > 0 ? GroupCursor.Encode(start) : null,
                    nodes.Count > 0 ? GroupCursor.Encode(start + nodes.Count - 1) : null);
                return (object?)new EncounterGroupConnection(nodes, groups.Count, pageInfo, subjects);
            });
    }
}
