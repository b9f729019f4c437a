using GraphExplorer.Api.GraphQL.Filtering;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Core.Entities;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

/// <summary>Object types per label, connections and edges.</summary>
internal sealed partial class EntityGraphTypes
{
    private ObjectGraphType BuildObject(EntitySpec entity)
    {
        var type = new ObjectGraphType { Name = entity.Label, Description = entity.Description };
        type.IsTypeOf = value => value is EntityRecord record && record.Label == entity.Label;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global id (opaque; use it with `node(id:)` and in mutations).")
            .Resolve(c => GlobalId.Encode(entity.Label, ((EntityRecord)c.Source!).Id));
        type.Field<NonNullGraphType<StringGraphType>>("key")
            .Description("The stable id stored in the graph (the `id` property), e.g. `country-xk`.")
            .Resolve(c => ((EntityRecord)c.Source!).Id);
        foreach (var property in entity.Properties)
        {
            AddProperty(type, property, c => ((EntityRecord)c.Source!).Properties);
        }

        foreach (var field in EntityCatalog.FieldsOf(entity.Label))
        {
            type.AddField(field.Single ? SingleField(field) : ConnectionField(field));
        }

        type.AddResolvedInterface(Node);
        Node.AddPossibleType(type);

        return type;
    }

    private static void AddProperty(ObjectGraphType type, PropertySpec property, Func<IResolveFieldContext, IReadOnlyDictionary<string, object?>> properties)
    {
        IGraphType graphType = property.Kind switch
        {
            PropertyKind.StringList => new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))),
            PropertyKind.Boolean => new BooleanGraphType(),
            _ => new StringGraphType(),
        };
        type.AddField(new FieldType
        {
            Name = property.Name,
            Description = property.Description,
            ResolvedType = graphType,
            Resolver = new FuncFieldResolver<object?>(c => EntityValues.Read(properties(c), property.Name, property.Kind)),
        });
    }

    private static FieldType SingleField(RelationshipField field) => new()
    {
        Name = field.Field,
        Description = field.Description,
        ResolvedType = Ref(NodeTypeName(field)),
        Resolver = new FuncFieldResolver<object?>(context =>
        {
            var parent = (EntityRecord)context.Source!;
            return Loader(context).LoadRelated(field, parent.Id, RelatedQuery.All, PageWindow.Head(1), withTotalCount: false, page => page.Items.Count > 0 ? page.Items[0].Node : null);
        }),
    };

    private static FieldType ConnectionField(RelationshipField field)
    {
        // Only a field reaching one label has a filter input to take; those reaching officials or posts (a Node) do not.
        var target = field.TargetLabels.Count == 1 ? EntityCatalog.Entity(field.TargetLabels[0]) : null;
        return new FieldType
        {
            Name = field.Field,
            Description = field.Description,
            ResolvedType = new NonNullGraphType(Ref(ConnectionName(field))),
            Arguments = target is null ? PageArguments.Create() : FilterArguments.AddTo(PageArguments.Create(), target.Label),
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                var query = target is null ? RelatedQuery.All : FilterArguments.Read(context, target);
                var order = PageOrder.OfRelated(query.Order, field.TargetLabels);
                var window = PageArguments.Read(context, order);
                var parent = (EntityRecord)context.Source!;
                return Loader(context).LoadRelated(
                    field, parent.Id, query, window, ConnectionSelection.WantsTotalCount(context), page => Connection.From(page, order));
            }),
        };
    }

    private static EntityBatchLoader Loader(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<EntityBatchLoader>();

    private static IEnumerable<IGraphType> BuildConnection(string connectionName, string edgeName, string nodeType, RelationshipField? field, string description)
    {
        var edge = new ObjectGraphType { Name = edgeName, Description = field is null ? $"An edge of a {connectionName}." : $"An edge of {field.Key}: the node and the relationship's properties." };
        edge.Field<NonNullGraphType<StringGraphType>>("cursor").Description("The edge's cursor, for `after`/`before`.").Resolve(c => ((ConnectionEdge)c.Source!).Cursor);
        edge.AddField(new FieldType
        {
            Name = "node",
            Description = "The entity at the end of the edge.",
            ResolvedType = new NonNullGraphType(Ref(nodeType)),
            Resolver = new FuncFieldResolver<object?>(c => ((ConnectionEdge)c.Source!).Node),
        });
        if (field is not null)
        {
            foreach (var property in field.Relationship.Properties)
            {
                AddProperty(edge, property, c => ((ConnectionEdge)c.Source!).RelationshipProperties);
            }

            edge.AddField(new FieldType
            {
                Name = "sources",
                Description = "The sources supporting the relationship.",
                ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(Ref("Source")))),
                Resolver = new FuncFieldResolver<object?>(c =>
                    Loader(c).LoadNodes("Source", EntityValues.SourceIds(((ConnectionEdge)c.Source!).RelationshipProperties))),
            });
        }

        var connection = new ObjectGraphType { Name = connectionName, Description = description + " (a Relay connection)" };
        connection.AddField(new FieldType
        {
            Name = "edges",
            Description = "The page's edges, each with its cursor.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(Ref(edgeName)))),
            Resolver = new FuncFieldResolver<object?>(c => ((Connection)c.Source!).Edges),
        });
        connection.AddField(new FieldType
        {
            Name = "nodes",
            Description = "The page's nodes, without edges.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(Ref(nodeType)))),
            Resolver = new FuncFieldResolver<object?>(c => ((Connection)c.Source!).Edges.Select(e => e.Node).ToList()),
        });
        connection.AddField(new FieldType
        {
            Name = "pageInfo",
            Description = "Where the page is in the connection.",
            ResolvedType = new NonNullGraphType(Ref("PageInfo")),
            Resolver = new FuncFieldResolver<object?>(c => ((Connection)c.Source!).PageInfo),
        });
        connection.Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many elements the whole connection has (counted only when selected).")
            .Resolve(c => ((Connection)c.Source!).TotalCount ?? throw new InvalidOperationException("totalCount was selected but not counted."));
        return [edge, connection];
    }
}
