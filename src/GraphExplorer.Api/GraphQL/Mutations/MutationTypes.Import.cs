using GraphExplorer.Core.Entities;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Mutations;

/// <summary>The <c>importDocument</c> mutation and its types.</summary>
internal static partial class MutationTypes
{
    private static void AddImport(ObjectGraphType mutation, List<IGraphType> types)
    {
        var source = new InputObjectGraphType { Name = "ImportSourceInput", Description = "The document the facts come from; merged by its key." };
        source.Field<NonNullGraphType<StringGraphType>>("key").Description("The source's stable id, e.g. `source-875d67dad5e79e69`.");
        AddPropertyInputs(source, EntityCatalog.Entity("Source")!.Properties);

        var entity = new InputObjectGraphType { Name = "ImportEntityInput", Description = "An entity the source names; merged by type and key. Give only the properties its type has." };
        entity.Field<NonNullGraphType<StringGraphType>>("type").Description("Its type: `Country`, `Ministry`, `Position`, `Official`, `Declaration`, `Topic` or `Meeting`.");
        entity.Field<NonNullGraphType<StringGraphType>>("key").Description("Its stable id.");
        AddPropertyInputs(entity, EntityCatalog.Entities.Where(e => e.Label != "Source").SelectMany(e => e.Properties));

        var relationship = new InputObjectGraphType { Name = "ImportRelationshipInput", Description = "A relationship the source states; merged by type and ends." };
        relationship.Field<NonNullGraphType<StringGraphType>>("type").Description("Its type, e.g. `HOLDS`, `ATTENDED`.");
        relationship.Field<NonNullGraphType<StringGraphType>>("from").Description("The key of the start entity (in this document or already stored).");
        relationship.Field<NonNullGraphType<StringGraphType>>("to").Description("The key of the end entity.");
        AddPropertyInputs(relationship, EntityCatalog.Relationships.SelectMany(r => r.Properties));

        var input = new InputObjectGraphType { Name = "ImportDocumentInput", Description = "A batch of facts from one source." };
        input.Field("source", new NonNullGraphType(source)).Description("The source of every fact in the batch.");
        input.Field("entities", new ListGraphType(new NonNullGraphType(entity))).Description("The entities.");
        input.Field("relationships", new ListGraphType(new NonNullGraphType(relationship))).Description("The relationships.");

        var payload = new ObjectGraphType { Name = "ImportDocumentPayload", Description = "The result of `importDocument`." };
        payload.Field<IntGraphType>("nodesCreated").Description("Nodes created (0 when the document was imported before).").Resolve(c => ((MutationPayload)c.Source!).Summary?.NodesCreated);
        payload.Field<IntGraphType>("relationshipsCreated").Description("Relationships created.").Resolve(c => ((MutationPayload)c.Source!).Summary?.RelationshipsCreated);
        payload.Field<IntGraphType>("propertiesSet").Description("Properties set.").Resolve(c => ((MutationPayload)c.Source!).Summary?.PropertiesSet);
        AddErrors(payload);
        types.AddRange([source, entity, relationship, input, payload]);
        mutation.AddField(new FieldType
        {
            Name = "importDocument",
            Description = "Merges a batch of entities and relationships from one source, in one transaction; idempotent by keys.",
            ResolvedType = payload,
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input", Description = "What to change." }),
            Resolver = new FuncFieldResolver<object?>(MutationResolvers.ImportAsync),
        });
    }
}
