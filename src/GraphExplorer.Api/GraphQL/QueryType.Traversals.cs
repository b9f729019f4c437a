using GraphExplorer.Api.GraphQL.Errors;
using GraphExplorer.Api.GraphQL.Limits;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Api.GraphQL.Traversals;
using GraphExplorer.Core.Traversals;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.GraphQL;

/// <summary>Traversals: neighbourhoods, paths and search, each answered with one Cypher round trip.</summary>
internal sealed partial class QueryType
{
    partial void AddTraversalFields()
    {
        Field<NonNullGraphType<GraphResultType>>("neighborhood")
            .Description("The entities up to `depth` relationships from one entity, either direction, as a graph. `truncated` is true when `limit` or the fan-out cap left some out.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity at the centre.")
            .Argument<IntGraphType>("depth", "How many relationships away to go; 0 is the entity alone.", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("relationshipTypes", "Follow only these relationship types (e.g. `ATTENDED`); all when left out.")
            .Argument<IntGraphType>("limit", "At most this many nodes.", a => a.DefaultValue = 150)
            .Argument<StringGraphType>("asOf", "Only relationships in effect on this (possibly partial) date: tenures by `since`/`until`; unknown dates exclude nothing.")
            .Resolve()
            .WithServices<TraversalQueries, IOptions<LimitOptions>>()
            .ResolveAsync(async (context, queries, options) =>
            {
                var limits = options.Value;
                var depth = context.GetArgument("depth", 1);
                var limit = context.GetArgument("limit", 150);
                LimitError.ThrowIfAbove(depth, limits.MaxTraversalDepth, ErrorCodes.TraversalDepthExceeded, "depth");
                LimitError.ThrowIfAbove(limit, limits.MaxGraphNodes, ErrorCodes.GraphLimitExceeded, "limit");
                if (depth < 0 || limit < 1)
                {
                    throw new ExecutionError("'depth' must be 0 or more and 'limit' 1 or more.") { Code = ErrorCodes.InvalidArgument };
                }

                var types = context.GetArgument<List<string>?>("relationshipTypes");
                if (types?.FirstOrDefault(t => !EntityLabels.IsRelationshipType(t)) is { } badType)
                {
                    throw new ExecutionError($"'{badType}' is not a relationship type (UPPER_SNAKE_CASE).") { Code = ErrorCodes.InvalidArgument };
                }

                var asOf = context.GetArgument<string?>("asOf") is { } text ? TraversalArguments.Date(text, "asOf") : (DateInterval?)null;
                var request = new NeighborhoodRequest(TraversalArguments.Node(context, "id"), depth, types, limit, limits.FanOutCap, asOf);
                var graph = await queries.NeighborhoodAsync(request, context.CancellationToken).ConfigureAwait(false);
                return (object?)GraphModelMapper.ToModel(graph);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphResultType>>>>("paths")
            .Description("How two entities are connected: each shortest path, or with `all` every path up to `maxLength` relationships, each as a graph; empty when they are not connected.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "One end.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The other end.")
            .Argument<IntGraphType>("maxLength", "The longest path considered, in relationships.", a => a.DefaultValue = 4)
            .Argument<BooleanGraphType>("all", "Every path up to `maxLength` instead of the shortest ones.", a => a.DefaultValue = false)
            .Resolve()
            .WithServices<TraversalQueries, IOptions<LimitOptions>>()
            .ResolveAsync(async (context, queries, options) =>
            {
                var limits = options.Value;
                var maxLength = context.GetArgument("maxLength", 4);
                LimitError.ThrowIfAbove(maxLength, limits.MaxPathLength, ErrorCodes.PathLengthExceeded, "maxLength");
                if (maxLength < 1)
                {
                    throw new ExecutionError("'maxLength' must be 1 or more.") { Code = ErrorCodes.InvalidArgument };
                }

                var paths = await queries.PathsAsync(
                    TraversalArguments.Node(context, "from"),
                    TraversalArguments.Node(context, "to"),
                    maxLength,
                    context.GetArgument("all", false),
                    limits.MaxPaths,
                    context.CancellationToken).ConfigureAwait(false);
                return (object?)paths.Select(GraphModelMapper.ToModel).ToList();
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Entities whose name, title or alias matches `text`, ignoring case and diacritics; exact matches first, then prefixes, then fragments, each by name.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for, e.g. `geci` or `kroatien`.")
            .Argument<ListGraphType<NonNullGraphType<EntityTypeEnum>>>("types", "Only these kinds of entity; all when left out.")
            .Argument<IntGraphType>("first", "At most this many hits.", a => a.DefaultValue = 10)
            .Resolve()
            .WithServices<SearchQueries, IOptions<LimitOptions>>()
            .ResolveAsync(async (context, queries, options) =>
            {
                var first = context.GetArgument("first", 10);
                LimitError.ThrowIfAbove(first, options.Value.MaxSearchResults, ErrorCodes.PageSizeExceeded, "first");
                if (first < 0)
                {
                    throw new ExecutionError("'first' must be 0 or more.") { Code = ErrorCodes.InvalidArgument };
                }

                var types = context.GetArgument<List<object>?>("types")?.Cast<string>().ToList();
                var hits = await queries.SearchAsync(context.GetArgument<string>("text"), types, first, context.CancellationToken).ConfigureAwait(false);
                return (object?)hits.Select(h => new SearchHitModel(GlobalId.Encode(h.Label, h.Id), h.Label, h.Text, h.Score)).ToList();
            });
    }
}
