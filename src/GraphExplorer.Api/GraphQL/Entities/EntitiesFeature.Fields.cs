using GraphExplorer.Api.GraphQL.Errors;
using GraphExplorer.Api.GraphQL.Filtering;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Core.Entities;
using GraphQL;
using RelayConnection = GraphExplorer.Api.GraphQL.Relay.Connection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

/// <summary>Entity fields: Relay <c>node</c>/<c>nodes</c> and one filtered, sorted connection per label.</summary>
internal static partial class EntitiesFeature
{
    /// <summary>Adds the feature's fields to the root query.</summary>
    public static void AddFields(ObjectGraphType query)
    {
        query.AddField(new FieldType
        {
            Name = "node",
            Description = "The entity with this global id; null when there is none.",
            ResolvedType = EntityGraphTypes.Ref("Node"),
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "id", Description = "A global id." }),
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                var (label, id) = DecodeId(context.GetArgument<string>("id"), "id");
                return Loader(context).LoadNode(label, id);
            }),
        });
        query.AddField(new FieldType
        {
            Name = "nodes",
            Description = "The entities with these global ids, in the same order; null for each id that names none.",
            ResolvedType = new NonNullGraphType(new ListGraphType(EntityGraphTypes.Ref("Node"))),
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>> { Name = "ids", Description = "Global ids." }),
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                var keys = context.GetArgument<List<string>>("ids").Select(id => DecodeId(id, "ids")).ToList();
                if (keys.Count > PageArguments.MaxPageSize)
                {
                    throw new ExecutionError($"At most {PageArguments.MaxPageSize} ids per request.") { Code = ErrorCodes.PageSizeExceeded };
                }

                var loader = Loader(context);
                var results = keys.Select(k => loader.LoadNode(k.Label, k.Id)).ToList();
                return EntityBatchLoader.All(results);
            }),
        });

        foreach (var entity in EntityCatalog.Entities)
        {
            query.AddField(new FieldType
            {
                Name = Plural(entity.Label),
                Description = $"{entity.Label} entities, filtered by `where` and sorted by `order` (then by stable id), as a Relay connection.",
                ResolvedType = new NonNullGraphType(EntityGraphTypes.Ref(entity.Label + "Connection")),
                Arguments = FilterArguments.AddTo(PageArguments.Create(), entity.Label),
                Resolver = new FuncFieldResolver<object?>(async context =>
                {
                    var query = FilterArguments.Read(context, entity);
                    var order = PageOrder.Of(query.Order, [entity.Label]);
                    var window = PageArguments.Read(context, order);
                    var queries = context.RequestServices!.GetRequiredService<EntityQueries>();
                    var page = await queries.PageAsync(
                        entity.Label, query.Filter, order, window, ConnectionSelection.WantsTotalCount(context), context.CancellationToken).ConfigureAwait(false);
                    return RelayConnection.From(page, order);
                }),
            });
        }
    }

    /// <summary>The root field of a label: <c>countries</c>, <c>ministries</c>, <c>officials</c>, …</summary>
    public static string Plural(string label) => label switch
    {
        "Country" => "countries",
        "Ministry" => "ministries",
        _ => EntityGraphTypes.Camel(label) + "s",
    };

    private static (string Label, string Id) DecodeId(string globalId, string argument) =>
        GlobalId.TryDecode(globalId, out var label, out var id) && EntityCatalog.Entity(label) is not null
            ? (label, id)
            : throw new ExecutionError($"'{globalId}' in '{argument}' is not a global id of this API.") { Code = ErrorCodes.InvalidId };

    private static EntityBatchLoader Loader(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<EntityBatchLoader>();
}
