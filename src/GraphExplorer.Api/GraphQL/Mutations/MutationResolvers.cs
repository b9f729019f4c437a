using GraphExplorer.Api.Auth;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Core.Entities;
using GraphQL;

namespace GraphExplorer.Api.GraphQL.Mutations;

/// <summary>Runs mutations: checks the caller's role, reads the input (global ids, properties) and calls the Core commands.</summary>
internal static class MutationResolvers
{
    /// <summary>Resolves <c>create…</c>, <c>update…</c> and <c>delete…</c>.</summary>
    public static async ValueTask<object?> EntityAsync(IResolveFieldContext context, string verb, EntitySpec entity)
    {
        EditorAccess.Demand(context);
        var input = Input(context);
        var commands = context.RequestServices!.GetRequiredService<EntityCommands>();
        var errors = new List<EntityError>();
        var id = verb == "create" ? input.GetValueOrDefault("key") as string : DecodeId(input, "id", [entity.Label], errors);
        var sources = DecodeSources(input, errors);
        var properties = Properties(input, entity.Properties);
        if (errors.Count > 0)
        {
            return new MutationPayload(errors);
        }

        var result = verb switch
        {
            "create" => await commands.CreateAsync(entity.Label, id, properties, sources, context.CancellationToken).ConfigureAwait(false),
            "update" => await commands.UpdateAsync(entity.Label, id!, properties, sources, context.CancellationToken).ConfigureAwait(false),
            _ => await commands.DeleteAsync(entity.Label, id!, context.CancellationToken).ConfigureAwait(false),
        };
        return new MutationPayload(result.Errors, result.Value);
    }

    /// <summary>Resolves <c>connect…</c> and <c>disconnect…</c>.</summary>
    public static async ValueTask<object?> RelationshipAsync(IResolveFieldContext context, string verb, RelationshipSpec relationship)
    {
        EditorAccess.Demand(context);
        var input = Input(context);
        var commands = context.RequestServices!.GetRequiredService<EntityCommands>();
        var errors = new List<EntityError>();
        var from = DecodeId(input, "from", relationship.FromLabels, errors);
        var to = DecodeId(input, "to", relationship.ToLabels, errors);
        var sources = DecodeSources(input, errors);
        if (errors.Count > 0)
        {
            return new MutationPayload(errors);
        }

        var result = verb == "connect"
            ? await commands.ConnectAsync(relationship, from!, to!, Properties(input, relationship.Properties), sources, context.CancellationToken).ConfigureAwait(false)
            : await commands.DisconnectAsync(relationship, from!, to!, context.CancellationToken).ConfigureAwait(false);
        if (result.Value is null)
        {
            return new MutationPayload(result.Errors);
        }

        var queries = context.RequestServices!.GetRequiredService<EntityQueries>();
        var labels = relationship.FromLabels.Select(l => (l, from!)).Concat(relationship.ToLabels.Select(l => (l, to!))).ToList();
        var nodes = await queries.GetAsync(labels, context.CancellationToken).ConfigureAwait(false);
        return new MutationPayload([], From: nodes.FirstOrDefault(n => n.Id == from), To: nodes.FirstOrDefault(n => n.Id == to));
    }

    /// <summary>Resolves <c>importDocument</c>.</summary>
    public static async ValueTask<object?> ImportAsync(IResolveFieldContext context)
    {
        EditorAccess.Demand(context);
        var input = Input(context);
        var sourceInput = (Dictionary<string, object?>)input["source"]!;
        var sourceSpec = EntityCatalog.Entity("Source")!;
        var source = new ImportEntity("Source", (string)sourceInput["key"]!, Properties(sourceInput, sourceSpec.Properties));
        var entities = List(input.GetValueOrDefault("entities")).Select(e =>
        {
            var label = (string)e["type"]!;
            var properties = e.Where(p => p.Key is not "type" and not "key").ToDictionary(p => p.Key, p => Value(p.Value), StringComparer.Ordinal);
            return new ImportEntity(label, (string)e["key"]!, properties);
        }).ToList();
        var relationships = List(input.GetValueOrDefault("relationships")).Select(r =>
        {
            var properties = r.Where(p => p.Key is not "type" and not "from" and not "to").ToDictionary(p => p.Key, p => Value(p.Value), StringComparer.Ordinal);
            return new ImportRelationship((string)r["type"]!, (string)r["from"]!, (string)r["to"]!, properties);
        }).ToList();
        var commands = context.RequestServices!.GetRequiredService<EntityCommands>();
        var result = await commands.ImportAsync(new ImportDocument(source, entities, relationships), context.CancellationToken).ConfigureAwait(false);
        return new MutationPayload(result.Errors, Summary: result.Value);
    }

    private static Dictionary<string, object?> Input(IResolveFieldContext context) =>
        context.GetArgument<Dictionary<string, object?>>("input");

    private static IEnumerable<Dictionary<string, object?>> List(object? value) =>
        (value as IEnumerable<object?> ?? []).OfType<Dictionary<string, object?>>();

    /// <summary>The given properties (an explicit null stays, to remove the property on update).</summary>
    private static Dictionary<string, object?> Properties(IDictionary<string, object?> input, IEnumerable<PropertySpec> properties)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (input.TryGetValue(property.Name, out var value))
            {
                values[property.Name] = Value(value);
            }
        }

        return values;
    }

    private static object? Value(object? value) => value is IEnumerable<object?> list ? list.OfType<string>().ToList() : value;

    private static string? DecodeId(Dictionary<string, object?> input, string field, IReadOnlyList<string> labels, List<EntityError> errors)
    {
        var globalId = input.GetValueOrDefault(field) as string;
        if (GlobalId.TryDecode(globalId, out var label, out var id) && labels.Contains(label))
        {
            return id;
        }

        errors.Add(new EntityError(field, EntityErrorCodes.InvalidValue, $"'{globalId}' is not the global id of a {string.Join(" or ", labels)}."));
        return null;
    }

    private static List<string> DecodeSources(Dictionary<string, object?> input, List<EntityError> errors)
    {
        var sources = new List<string>();
        var values = (input.GetValueOrDefault("sources") as IEnumerable<object?> ?? []).ToList();
        for (var i = 0; i < values.Count; i++)
        {
            if (GlobalId.TryDecode(values[i] as string, out var label, out var id) && label == "Source")
            {
                sources.Add(id);
            }
            else
            {
                errors.Add(new EntityError($"sources[{i}]", EntityErrorCodes.InvalidValue, $"'{values[i]}' is not the global id of a Source."));
            }
        }

        return sources;
    }
}
