using GraphExplorer.BareServer.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.BareServer.Schema;

/// <summary>The bare server's schema: <c>node</c>, the root connections, <c>search</c>, <c>neighborhood</c>, <c>paths</c> and <c>encounters</c>.</summary>
internal static class BareSchema
{
    private static readonly (string Field, string Label)[] Roots =
    [
        ("countries", "Country"), ("ministries", "Ministry"), ("positions", "Position"), ("officials", "Official"),
        ("declarations", "Declaration"), ("topics", "Topic"), ("meetings", "Meeting"), ("sources", "Source"),
    ];

    /// <summary>Builds the schema over <paramref name="graph"/>.</summary>
    public static ISchema Create(BareGraph graph)
    {
        var types = new EntityTypes();
        var query = new ObjectGraphType { Name = "Query" };
        query.Field("node", types.Node)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => graph.ByGlobalId.GetValueOrDefault(context.GetArgument<string>("id")));
        foreach (var (field, label) in Roots)
        {
            var all = graph.ByLabel.GetValueOrDefault(label) ?? [];
            query.Field(field, new NonNullGraphType(types.Connection(label)))
                .Arguments(EntityTypes.PageArguments())
                .Resolve(context => EntityTypes.Page(all, context));
        }

        query.Field("search", new NonNullGraphType(new ListGraphType(new NonNullGraphType(ResultTypes.SearchHit()))))
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IntGraphType>("first")
            .Resolve(context => Search(graph, context.GetArgument<string>("text"), context.GetArgument("first", 10)));
        var subgraph = ResultTypes.Graph();
        query.Field("neighborhood", new NonNullGraphType(subgraph))
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("depth")
            .Argument<IntGraphType>("limit")
            .Resolve(context => BareTraversals.Neighborhood(Entity(graph, context, "id"), context.GetArgument("depth", 1), context.GetArgument("limit", 150)));
        query.Field("paths", new NonNullGraphType(new ListGraphType(new NonNullGraphType(subgraph))))
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxLength")
            .Resolve(context => BareTraversals.ShortestPath(Entity(graph, context, "from"), Entity(graph, context, "to"), context.GetArgument("maxLength", 4)));
        query.Field("encounters", new NonNullGraphType(ResultTypes.EncounterConnection()))
            .Argument<StringGraphType>("participant")
            .Arguments(new QueryArgument(Levels()) { Name = "level" })
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .Resolve(context => BareEncounterPage.Of(
                graph.ByLabel["Country"].FirstOrDefault(c => c.Key == context.GetArgument<string?>("participant")) is { } country
                    ? BareTraversals.CountryEncounters(country)
                    : [],
                context.GetArgument<int?>("first"),
                context.GetArgument<string?>("after")));

        var schema = new GraphQL.Types.Schema { Query = query };
        foreach (var type in types.All)
        {
            schema.RegisterType(type);
        }

        return schema;
    }

    private static EnumerationGraphType Levels()
    {
        var levels = new EnumerationGraphType { Name = "EncounterLevel" };
        foreach (var level in new[] { "OFFICIAL", "POSITION", "COUNTRY" })
        {
            levels.Add(level, level);
        }

        return levels;
    }

    private static BareEntity Entity(BareGraph graph, IResolveFieldContext context, string argument) =>
        graph.ByGlobalId.GetValueOrDefault(context.GetArgument<string>(argument))
        ?? throw new ExecutionError($"No entity has the id given in '{argument}'.");

    private static IReadOnlyList<BareEntity> Search(BareGraph graph, string text, int first)
    {
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !graph.Words.TryGetValue(words[0], out var hits))
        {
            return [];
        }

        return [.. hits.Where(e => words.Skip(1).All(w => graph.Words.TryGetValue(w, out var more) && more.Contains(e))).Take(Math.Clamp(first, 1, 50))];
    }
}
