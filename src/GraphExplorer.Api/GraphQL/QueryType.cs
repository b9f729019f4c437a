using GraphExplorer.Api.GraphQL.Models;
using GraphExplorer.Api.GraphQL.Traversals;
using GraphExplorer.Api.GraphQL.Types;
using GraphExplorer.Core.Encounters;
using GraphExplorer.Graph;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using MapsterMapper;

namespace GraphExplorer.Api.GraphQL;

/// <summary>
/// The root <c>Query</c> type. Fields come in groups, one file each (<c>QueryType.*.cs</c>); a group
/// is a partial method, so each can be written and reviewed on its own.
/// </summary>
internal sealed partial class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Questions about countries, officials, meetings and declarations.";

        AddEntityFields();
        AddTraversalFields();
        AddSavedQueryFields();

        Field<NonNullGraphType<StringGraphType>>("backend")
            .Description("The database backend answering the queries: `Embedded` or `Neo4j`.")
            .Resolve()
            .WithService<IGraphDatabase>()
            .Resolve((_, database) => database.BackendName);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncounterType>>>>("encounters")
            .Description("Who met whom under which agreement: pairs of participants of different delegations at the same meeting, each pair both ways, at the level of officials, positions or countries. With `asOf` or `during`, only meetings in that time and tenures held then count (a partial date is the whole period it names; an unknown date excludes nothing).")
            .Argument<StringGraphType>("participant", "The participant: an official's, position's or country's id (stable or global), a fragment of its name, title or role, or its delegation's country (id or name fragment).")
            .Argument<StringGraphType>("counterpart", "The one met, matched as `participant` is.")
            .Argument<StringGraphType>("declaration", "The declaration the meeting was held under: its id or a fragment of its title.")
            .Argument<EncounterLevelEnum>("level", "Whether the sides are officials, positions or countries.", a => a.DefaultValue = EncounterLevel.Official)
            .Argument<StringGraphType>("asOf", "Only meetings on this (possibly partial) date, with the posts held then: `2025`, `2025-06`, `2025-06-01`.")
            .Argument<DateRangeInputType>("during", "Only meetings in this range, with the posts held then (ignored when `asOf` is given).")
            .Resolve()
            .WithServices<EncounterQueries, IMapper>()
            .ResolveAsync(async (context, queries, mapper) =>
            {
                var filter = new EncounterFilter(
                    TraversalArguments.Criterion(context, "participant"),
                    TraversalArguments.Criterion(context, "counterpart"),
                    TraversalArguments.Criterion(context, "declaration"),
                    context.GetArgument("level", EncounterLevel.Official),
                    TraversalArguments.Window(context),
                    TraversalArguments.CriterionNode(context, "participant"));
                var encounters = await queries.FindAsync(filter, context.CancellationToken).ConfigureAwait(false);
                return (object?)mapper.Map<List<EncounterModel>>(encounters);
            });
    }

    /// <summary>Entities, Relay <c>node</c>/<c>nodes</c> and connections (QueryType.Entities.cs).</summary>
    partial void AddEntityFields();

    /// <summary>Traversals: neighbourhoods, paths, search (QueryType.Traversals.cs).</summary>
    partial void AddTraversalFields();

    /// <summary>Analysts' saved Cypher scripts (QueryType.SavedQueries.cs).</summary>
    partial void AddSavedQueryFields();
}
