using GraphExplorer.BareServer.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.BareServer.Schema;

/// <summary>
/// The entity types (one per label, behind the <c>Node</c> interface) and their connections, named as in the API's
/// schema (docs/schema.graphql) for the fields the load shapes select.
/// </summary>
internal sealed class EntityTypes
{
    private static readonly string[] TextFields =
        ["name", "title", "isoCode", "date", "level", "location", "summary", "kind", "signedOn", "language", "publisher"];

    // Label, field, relationship type, outgoing?, the far end's type ("Node" for mixed ends).
    private static readonly (string Label, string Field, string Type, bool Outgoing, string Target)[] Connections =
    [
        ("Country", "ministries", "MINISTRY_OF", false, "Ministry"),
        ("Country", "declarations", "PARTY_TO", true, "Declaration"),
        ("Country", "meetings", "TOOK_PART_IN", true, "Meeting"),
        ("Ministry", "positions", "IN", false, "Position"),
        ("Position", "holders", "HOLDS", false, "Official"),
        ("Position", "signed", "SIGNED", true, "Declaration"),
        ("Position", "attended", "ATTENDED", true, "Meeting"),
        ("Official", "positions", "HOLDS", true, "Position"),
        ("Official", "attended", "ATTENDED", true, "Meeting"),
        ("Declaration", "signatories", "SIGNED", false, "Position"),
        ("Declaration", "parties", "PARTY_TO", false, "Country"),
        ("Declaration", "meetings", "UNDER", false, "Meeting"),
        ("Declaration", "topics", "COVERS", true, "Topic"),
        ("Topic", "declarations", "COVERS", false, "Declaration"),
        ("Topic", "meetings", "DISCUSSED", false, "Meeting"),
        ("Meeting", "participants", "ATTENDED", false, "Node"),
        ("Meeting", "countries", "TOOK_PART_IN", false, "Country"),
        ("Meeting", "topics", "DISCUSSED", true, "Topic"),
    ];

    private static readonly (string Label, string Field, string Type, string Target)[] Singles =
    [
        ("Ministry", "country", "MINISTRY_OF", "Country"),
        ("Position", "ministry", "IN", "Ministry"),
        ("Meeting", "declaration", "UNDER", "Declaration"),
    ];

    private readonly Dictionary<string, ObjectGraphType<BareEntity>> _byLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectGraphType<BarePage>> _connections = new(StringComparer.Ordinal);
    private readonly ObjectGraphType<BarePage> _pageInfo = PageInfoType();

    /// <summary>Builds every type.</summary>
    public EntityTypes()
    {
        Node = new InterfaceGraphType<BareEntity> { Name = "Node", ResolveType = value => _byLabel[((BareEntity)value).Label] };
        Node.Field("id", new NonNullGraphType(new IdGraphType()));
        foreach (var label in new[] { "Country", "Ministry", "Position", "Official", "Declaration", "Topic", "Meeting", "Source" })
        {
            var type = new ObjectGraphType<BareEntity> { Name = label };
            type.Field("id", new NonNullGraphType(new IdGraphType())).Resolve(context => context.Source.GlobalId);
            type.AddResolvedInterface(Node);
            Node.AddPossibleType(type);
            type.Field("key", new NonNullGraphType(new StringGraphType())).Resolve(context => context.Source.Key);
            foreach (var field in TextFields)
            {
                type.Field(field, new StringGraphType()).Resolve(context => context.Source.Property(field));
            }

            _byLabel[label] = type;
        }

        foreach (var (label, field, relationship, outgoing, target) in Connections)
        {
            _byLabel[label].Field(field, new NonNullGraphType(Connection(target)))
                .Arguments(PageArguments())
                .Resolve(context => Page(context.Source.Neighbours(relationship, outgoing), context));
        }

        foreach (var (label, field, relationship, target) in Singles)
        {
            _byLabel[label].Field(field, _byLabel[target]).Resolve(context => context.Source.Neighbours(relationship, outgoing: true).FirstOrDefault());
        }
    }

    /// <summary>The <c>Node</c> interface.</summary>
    public InterfaceGraphType<BareEntity> Node { get; }

    /// <summary>Every entity type (to register with the schema).</summary>
    public IEnumerable<IGraphType> All => _byLabel.Values;

    /// <summary>The object type of a label.</summary>
    public ObjectGraphType<BareEntity> Of(string label) => _byLabel[label];

    /// <summary>The connection type over <paramref name="target"/> (a label or <c>Node</c>), made once.</summary>
    public ObjectGraphType<BarePage> Connection(string target)
    {
        if (_connections.TryGetValue(target, out var existing))
        {
            return existing;
        }

        IGraphType nodeType = target == "Node" ? Node : _byLabel[target];
        var edge = new ObjectGraphType<(BarePage Page, int Index)> { Name = target + "Edge" };
        edge.Field("cursor", new NonNullGraphType(new StringGraphType())).Resolve(context => BarePage.Cursor(context.Source.Page.Offset + context.Source.Index));
        edge.Field("node", new NonNullGraphType(nodeType)).Resolve(context => context.Source.Page.Items[context.Source.Index]);
        var connection = new ObjectGraphType<BarePage> { Name = target + "Connection" };
        connection.Field("nodes", new NonNullGraphType(new ListGraphType(new NonNullGraphType(nodeType)))).Resolve(context => context.Source.Items);
        connection.Field("edges", new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge))))
            .Resolve(context => Enumerable.Range(0, context.Source.Items.Count).Select(i => (context.Source, i)).ToArray());
        connection.Field("pageInfo", new NonNullGraphType(_pageInfo)).Resolve(context => context.Source);
        connection.Field("totalCount", new NonNullGraphType(new IntGraphType())).Resolve(context => context.Source.Total);
        _connections[target] = connection;
        return connection;
    }

    /// <summary><c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>.</summary>
    public static QueryArguments PageArguments() => new(
        new QueryArgument<IntGraphType> { Name = "first" },
        new QueryArgument<StringGraphType> { Name = "after" },
        new QueryArgument<IntGraphType> { Name = "last" },
        new QueryArgument<StringGraphType> { Name = "before" });

    /// <summary>The page of <paramref name="all"/> the field's arguments ask for.</summary>
    public static BarePage Page(IReadOnlyList<BareEntity> all, IResolveFieldContext context) =>
        BarePage.Of(all, context.GetArgument<int?>("first"), context.GetArgument<string?>("after"), context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));

    private static ObjectGraphType<BarePage> PageInfoType()
    {
        var type = new ObjectGraphType<BarePage> { Name = "PageInfo" };
        type.Field("hasNextPage", new NonNullGraphType(new BooleanGraphType())).Resolve(context => context.Source.Offset + context.Source.Items.Count < context.Source.Total);
        type.Field("hasPreviousPage", new NonNullGraphType(new BooleanGraphType())).Resolve(context => context.Source.Offset > 0);
        type.Field("startCursor", new StringGraphType()).Resolve(context => context.Source.Items.Count == 0 ? null : BarePage.Cursor(context.Source.Offset));
        type.Field("endCursor", new StringGraphType()).Resolve(context => context.Source.Items.Count == 0 ? null : BarePage.Cursor(context.Source.Offset + context.Source.Items.Count - 1));
        return type;
    }
}
