using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Core.Entities;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Mutations;

/// <summary>
/// The <c>Mutation</c> root type, following Hot Chocolate's conventions: one <c>input</c> argument, a payload with
/// the result and typed <c>errors</c>. Create/update/delete per label, connect/disconnect per relationship type,
/// and <c>importDocument</c>.
/// </summary>
internal static partial class MutationTypes
{
    /// <summary>Builds the mutation type, adding its input and payload types to <paramref name="types"/>.</summary>
    public static IObjectGraphType Build(List<IGraphType> types)
    {
        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Changes to the graph; only for callers with the `editor` role." };
        foreach (var entity in EntityCatalog.Entities)
        {
            AddEntityMutations(mutation, types, entity);
        }

        foreach (var relationship in EntityCatalog.Relationships)
        {
            AddRelationshipMutations(mutation, types, relationship);
        }

        AddImport(mutation, types);
        types.Add(mutation);
        return mutation;
    }

    private static void AddEntityMutations(ObjectGraphType mutation, List<IGraphType> types, EntitySpec entity)
    {
        var create = new InputObjectGraphType { Name = "Create" + entity.Label + "Input", Description = $"A new {entity.Label}." };
        create.Field<StringGraphType>("key").Description("The stable id to give it (generated when absent), e.g. `country-xk`.");
        AddPropertyInputs(create, entity.Properties);
        create.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sources").Description("Global ids of the sources supporting it.");

        var update = new InputObjectGraphType { Name = "Update" + entity.Label + "Input", Description = $"Changes to a {entity.Label}: given fields are set (null removes the property), absent ones kept." };
        update.Field<NonNullGraphType<IdGraphType>>("id").Description($"The global id of the {entity.Label}.");
        AddPropertyInputs(update, entity.Properties);
        update.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sources").Description("Global ids of more sources supporting it.");

        var delete = new InputObjectGraphType { Name = "Delete" + entity.Label + "Input", Description = $"The {entity.Label} to delete with its relationships." };
        delete.Field<NonNullGraphType<IdGraphType>>("id").Description($"The global id of the {entity.Label}.");
        types.AddRange([create, update, delete]);

        foreach (var (verb, input, description) in new[]
        {
            ("create", create, $"Creates a {entity.Label}."),
            ("update", update, $"Changes properties of a {entity.Label}."),
            ("delete", delete, $"Deletes a {entity.Label} and its relationships."),
        })
        {
            var payload = new ObjectGraphType { Name = EntityGraphTypes.Pascal(verb) + entity.Label + "Payload", Description = $"The result of `{verb}{entity.Label}`." };
            payload.AddField(new FieldType
            {
                Name = EntityGraphTypes.Camel(entity.Label),
                Description = verb == "delete" ? $"The {entity.Label} as it was; null when refused." : $"The {entity.Label} as stored; null when refused.",
                ResolvedType = EntityGraphTypes.Ref(entity.Label),
                Resolver = new FuncFieldResolver<object?>(c => ((MutationPayload)c.Source!).Entity),
            });
            AddErrors(payload);
            types.Add(payload);
            mutation.AddField(new FieldType
            {
                Name = verb + entity.Label,
                Description = description,
                ResolvedType = payload,
                Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input", Description = "What to change." }),
                Resolver = new FuncFieldResolver<object?>(c => MutationResolvers.EntityAsync(c, verb, entity)),
            });
        }
    }

    private static void AddRelationshipMutations(ObjectGraphType mutation, List<IGraphType> types, RelationshipSpec relationship)
    {
        var ends = $"from a {string.Join(" or ", relationship.FromLabels)} to a {string.Join(" or ", relationship.ToLabels)}";
        var connect = new InputObjectGraphType { Name = "Connect" + relationship.Name + "Input", Description = $"A `{relationship.Type}` relationship {ends}." };
        connect.Field<NonNullGraphType<IdGraphType>>("from").Description("The global id of the start node.");
        connect.Field<NonNullGraphType<IdGraphType>>("to").Description("The global id of the end node.");
        AddPropertyInputs(connect, relationship.Properties);
        connect.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sources").Description("Global ids of the sources supporting it (added to those it has).");

        var disconnect = new InputObjectGraphType { Name = "Disconnect" + relationship.Name + "Input", Description = $"The `{relationship.Type}` relationship to remove." };
        disconnect.Field<NonNullGraphType<IdGraphType>>("from").Description("The global id of the start node.");
        disconnect.Field<NonNullGraphType<IdGraphType>>("to").Description("The global id of the end node.");
        types.AddRange([connect, disconnect]);

        foreach (var (verb, input) in new[] { ("connect", connect), ("disconnect", disconnect) })
        {
            var payload = new ObjectGraphType { Name = EntityGraphTypes.Pascal(verb) + relationship.Name + "Payload", Description = $"The result of `{verb}{relationship.Name}`." };
            payload.AddField(new FieldType { Name = "from", Description = "The start node; null when refused.", ResolvedType = EntityGraphTypes.Ref("Node"), Resolver = new FuncFieldResolver<object?>(c => ((MutationPayload)c.Source!).From) });
            payload.AddField(new FieldType { Name = "to", Description = "The end node; null when refused.", ResolvedType = EntityGraphTypes.Ref("Node"), Resolver = new FuncFieldResolver<object?>(c => ((MutationPayload)c.Source!).To) });
            AddErrors(payload);
            types.Add(payload);
            mutation.AddField(new FieldType
            {
                Name = verb + relationship.Name,
                Description = verb == "connect"
                    ? $"Connects {ends} with `{relationship.Type}` ({relationship.Description}); connecting again updates its properties."
                    : $"Removes the `{relationship.Type}` relationship {ends}.",
                ResolvedType = payload,
                Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input", Description = "What to change." }),
                Resolver = new FuncFieldResolver<object?>(c => MutationResolvers.RelationshipAsync(c, verb, relationship)),
            });
        }
    }

    /// <summary>One input field per property: text, a list of text, or a boolean.</summary>
    public static void AddPropertyInputs(InputObjectGraphType input, IEnumerable<PropertySpec> properties)
    {
        foreach (var property in properties)
        {
            IGraphType type = property.Kind switch
            {
                PropertyKind.StringList => new ListGraphType(new NonNullGraphType(new StringGraphType())),
                PropertyKind.Boolean => new BooleanGraphType(),
                _ => new StringGraphType(),
            };
            if (input.GetField(property.Name) is null)
            {
                input.AddField(new FieldType { Name = property.Name, Description = property.Description, ResolvedType = type });
            }
        }
    }

    private static void AddErrors(ObjectGraphType payload) =>
        payload.AddField(new FieldType
        {
            Name = "errors",
            Description = "Why the mutation was refused (then nothing was stored); empty on success.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(EntityGraphTypes.Ref("UserError")))),
            Resolver = new FuncFieldResolver<object?>(c => ((MutationPayload)c.Source!).Errors),
        });
}
