using GraphExplorer.Api.GraphQL.Common;
using GraphExplorer.Api.GraphQL.Errors;
using GraphExplorer.Api.GraphQL.Limits;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Core.Traversals;
using GraphQL;
using GraphQL.Builders;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>Traversals: neighbourhoods and paths (breadth first, one Cypher round trip per level) and search (one round trip on the fulltext index).</summary>
internal static partial class TraversalsFeature
{
    /// <summary>Adds the feature's fields to the root query.</summary>
    public static void AddFields(ObjectGraphType query)
    {
        TraversalFilterArguments(query.Field<NonNullGraphType<GraphResultType>>("neighborhood")
            .Description("The entities up to `depth` relationships from one entity, either direction, as a graph, without provenance unless `includeSources`. A supernode (more relationships than the configured degree) is shown but not expanded and listed in `unexpanded`. `truncated` is true when `limit`, the fan-out cap or a supernode left some out.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity at the centre (always expanded).")
            .Argument<IntGraphType>("depth", "How many relationships away to go; 0 is the entity alone.", a => a.DefaultValue = 1)
            .Argument<IntGraphType>("limit", "At most this many nodes.", a => a.DefaultValue = 150))
            .Resolve()
            .WithServices<TraversalQueries, IOptions<LimitOptions>, IOptions<TraversalOptions>>()
            .ResolveAsync(async (context, queries, options, traversal) =>
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

                var filter = TraversalArguments.Filter(context, traversal.Value);
                var request = new NeighborhoodRequest(TraversalArguments.Node(context, "id"), depth, filter.RelationshipTypes, limit, limits.FanOutCap, filter.AsOf, filter.IncludeSources, filter.SupernodeDegree);
                var graph = await queries.NeighborhoodAsync(request, context.CancellationToken).ConfigureAwait(false);
                return (object?)GraphModelMapper.ToModel(graph);
            });

        TraversalFilterArguments(query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphResultType>>>>("paths")
            .Description("How two entities are connected: each shortest path, or with `all` every path up to `maxLength` relationships (shortest first), each as a graph; empty when they are not connected. Paths leave provenance out unless `includeSources`, and never pass through a supernode (they may end at one).")
            .Argument<NonNullGraphType<IdGraphType>>("from", "One end.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The other end.")
            .Argument<IntGraphType>("maxLength", "The longest path considered, in relationships.", a => a.DefaultValue = 4)
            .Argument<BooleanGraphType>("all", "Every path up to `maxLength`, shortest first, instead of the shortest ones.", a => a.DefaultValue = false))
            .Resolve()
            .WithServices<TraversalQueries, IOptions<LimitOptions>, IOptions<TraversalOptions>>()
            .ResolveAsync(async (context, queries, options, traversal) =>
            {
                var limits = options.Value;
                var maxLength = context.GetArgument("maxLength", 4);
                LimitError.ThrowIfAbove(maxLength, limits.MaxPathLength, ErrorCodes.PathLengthExceeded, "maxLength");
                if (maxLength < 1)
                {
                    throw new ExecutionError("'maxLength' must be 1 or more.") { Code = ErrorCodes.InvalidArgument };
                }

                var filter = TraversalArguments.Filter(context, traversal.Value);
                var request = new PathsRequest(
                    TraversalArguments.Node(context, "from"),
                    TraversalArguments.Node(context, "to"),
                    maxLength,
                    context.GetArgument("all", false),
                    limits.MaxPaths,
                    limits.FanOutCap,
                    filter.RelationshipTypes,
                    filter.AsOf,
                    filter.IncludeSources,
                    filter.SupernodeDegree);
                var paths = await queries.PathsAsync(request, context.CancellationToken).ConfigureAwait(false);
                return (object?)paths.Select(GraphModelMapper.ToModel).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Entities (not sources) whose name, title or alias has every word of `text` as a word or the start of one, ignoring case and diacritics (`geci fa` finds Faruk Geçi); best first by the fulltext index's score (whole words before prefixes), then by name. Punctuation and Lucene syntax in `text` only separate words.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for, e.g. `geci` or `kroatien`.")
            .Argument<ListGraphType<NonNullGraphType<EntityTypeEnum>>>("types", "Only these kinds of entity; all when left out.")
            .Argument<IntGraphType>("first", "At most this many hits (at most 50: `MaxSearchResults`).", a => a.DefaultValue = 10)
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

    /// <summary>The arguments that choose what a traversal follows: relationship types, time, provenance.</summary>
    private static FieldBuilder<object?, TReturn> TraversalFilterArguments<TReturn>(FieldBuilder<object?, TReturn> field) => field
        .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("relationshipTypes", "Follow only these relationship types (e.g. `ATTENDED`); all when left out.")
        .Argument<StringGraphType>("asOf", "Only relationships in effect on this (possibly partial) date: tenures by `since`/`until`; unknown dates exclude nothing.")
        .Argument<DateRangeInputType>("during", "Only relationships in effect at some time in this range (ignored when `asOf` is given).")
        .Argument<BooleanGraphType>("includeSources", "Follow provenance too: `SOURCED_FROM` relationships and `Source` nodes (left out by default; implied when an end is a source or `SOURCED_FROM` is one of `relationshipTypes`).", a => a.DefaultValue = false);
}
