using GraphExplorer.Api.GraphQL.Filtering;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Core.Entities;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

/// <summary>
/// The GraphQL types of the entity model, built once from <see cref="EntityCatalog"/>: the <c>Node</c> interface, an
/// object type per label with its relationship fields, connections and edges, filter and sort inputs, and the
/// mutation types. Registered with the schema; types refer to each other by name. Immutable once built; thread-safe.
/// </summary>
internal sealed partial class EntityGraphTypes
{
    private readonly Dictionary<string, ObjectGraphType> _objects = new(StringComparer.Ordinal);
    private readonly List<IGraphType> _all = [];

    public EntityGraphTypes()
    {
        Node = new InterfaceGraphType { Name = "Node", Description = "An object with a global id (Relay)." };
        Node.Field<NonNullGraphType<IdGraphType>>("id").Description("The object's global id: opaque, stable, accepted by `node(id:)`.");
        Node.ResolveType = value => value is EntityRecord record ? _objects.GetValueOrDefault(record.Label) : null;
        _all.Add(Node);
        _all.Add(BuildPageInfo());
        _all.Add(BuildUserError());
        var sort = new EnumerationGraphType { Name = "SortEnumType", Description = "A sort direction." };
        sort.Add("ASC", "ASC", "Ascending: A to Z, earlier first.");
        sort.Add("DESC", "DESC", "Descending: Z to A, later first.");
        _all.Add(sort);
        foreach (var entity in EntityCatalog.Entities)
        {
            var type = BuildObject(entity);
            _objects[entity.Label] = type;
            _all.Add(type);
            _all.AddRange(BuildConnection(entity.Label + "Connection", entity.Label + "Edge", entity.Label, null, $"A page of {entity.Label} entities."));
            _all.AddRange(FilterTypes.Build(entity));
        }

        foreach (var field in EntityCatalog.Fields.Where(f => !f.Single))
        {
            _all.AddRange(BuildConnection(ConnectionName(field), EdgeName(field), NodeTypeName(field), field, field.Description));
        }

        _all.AddRange(FilterTypes.BuildShared());
        Mutation = Mutations.MutationTypes.Build(_all);
    }

    /// <summary>The <c>Node</c> interface.</summary>
    public InterfaceGraphType Node { get; }

    /// <summary>The <c>Mutation</c> root type.</summary>
    public IObjectGraphType Mutation { get; }

    /// <summary>Every type to register with the schema.</summary>
    public IReadOnlyList<IGraphType> All => _all;

    /// <summary>A reference to the named type, resolved when the schema is built.</summary>
    public static GraphQLTypeReference Ref(string name) => new(name);

    /// <summary>The connection type of a relationship field (<c>OfficialPositionsConnection</c>).</summary>
    public static string ConnectionName(RelationshipField field) => field.Owner + Pascal(field.Field) + "Connection";

    /// <summary>The edge type of a relationship field (<c>OfficialPositionsEdge</c>).</summary>
    public static string EdgeName(RelationshipField field) => field.Owner + Pascal(field.Field) + "Edge";

    /// <summary>The type of the nodes a relationship field reaches: the label's type, or <c>Node</c> when several labels.</summary>
    public static string NodeTypeName(RelationshipField field) => field.TargetLabels.Count == 1 ? field.TargetLabels[0] : "Node";

    /// <summary>The name with its first letter upper case.</summary>
    public static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>The name with its first letter lower case.</summary>
    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static ObjectGraphType BuildPageInfo()
    {
        var type = new ObjectGraphType { Name = "PageInfo", Description = "Where a page is in its connection (Relay)." };
        type.Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether elements follow this page.").Resolve(c => ((PageInfo)c.Source!).HasNextPage);
        type.Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Whether elements precede this page.").Resolve(c => ((PageInfo)c.Source!).HasPreviousPage);
        type.Field<StringGraphType>("startCursor").Description("The cursor of the page's first edge.").Resolve(c => ((PageInfo)c.Source!).StartCursor);
        type.Field<StringGraphType>("endCursor").Description("The cursor of the page's last edge.").Resolve(c => ((PageInfo)c.Source!).EndCursor);
        return type;
    }

    private static ObjectGraphType BuildUserError()
    {
        var type = new ObjectGraphType { Name = "UserError", Description = "Why a mutation was refused; nothing was stored." };
        type.Field<NonNullGraphType<StringGraphType>>("field").Description("The input field at fault, e.g. `name` or `entities[2].id`.").Resolve(c => ((EntityError)c.Source!).Field);
        type.Field<NonNullGraphType<StringGraphType>>("code").Description("A stable code: `REQUIRED`, `DUPLICATE_ID`, `NOT_FOUND`, `INVALID_VALUE`, `SOURCE_NOT_FOUND`.").Resolve(c => ((EntityError)c.Source!).Code);
        type.Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, for people.").Resolve(c => ((EntityError)c.Source!).Message);
        return type;
    }
}
