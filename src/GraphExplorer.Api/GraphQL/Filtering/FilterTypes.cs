using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Core.Entities;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Filtering;

/// <summary>
/// The filter and sort input types, in Hot Chocolate's style: <c>CountryFilterInput</c> with one operation input per
/// property, <c>AND</c>/<c>OR</c>/<c>NOT</c>, and <c>some</c>/<c>none</c>/<c>all</c> over relationship fields;
/// <c>CountrySortInput</c> with a <c>SortEnumType</c> per property.
/// </summary>
internal static class FilterTypes
{
    /// <summary>The operation input for text (and partial dates, which compare as text).</summary>
    public const string StringOperations = "StringOperationFilterInput";

    /// <summary>The filter input type name of a label.</summary>
    public static string FilterName(string label) => label + "FilterInput";

    /// <summary>The sort input type name of a label.</summary>
    public static string SortName(string label) => label + "SortInput";

    /// <summary>The relation filter input type name of a label.</summary>
    public static string ListFilterName(string label) => label + "ListFilterInput";

    /// <summary>The filter, relation filter and sort inputs of one label.</summary>
    public static IEnumerable<IGraphType> Build(EntitySpec entity)
    {
        var filter = new InputObjectGraphType { Name = FilterName(entity.Label), Description = $"Conditions on {entity.Label} entities; all given fields must hold." };
        filter.Field("key", EntityGraphTypes.Ref(StringOperations)).Description("Conditions on the stable id.");
        foreach (var property in entity.Properties.Where(p => p.Kind == PropertyKind.String))
        {
            filter.Field(property.Name, EntityGraphTypes.Ref(StringOperations)).Description($"Conditions on `{property.Name}`: {property.Description}");
        }

        foreach (var field in EntityCatalog.FieldsOf(entity.Label).Where(f => f.TargetLabels.Count == 1))
        {
            filter.Field(field.Field, EntityGraphTypes.Ref(ListFilterName(field.TargetLabels[0])))
                .Description($"Conditions on {field.Field}: {field.Description}");
        }

        filter.Field("AND", new ListGraphType(new NonNullGraphType(EntityGraphTypes.Ref(filter.Name)))).Description("Every one of these holds.");
        filter.Field("OR", new ListGraphType(new NonNullGraphType(EntityGraphTypes.Ref(filter.Name)))).Description("At least one of these holds.");
        filter.Field("NOT", EntityGraphTypes.Ref(filter.Name)).Description("This does not hold.");

        var list = new InputObjectGraphType { Name = ListFilterName(entity.Label), Description = $"Conditions on related {entity.Label} entities." };
        list.Field("some", EntityGraphTypes.Ref(filter.Name)).Description("At least one related entity matches.");
        list.Field("none", EntityGraphTypes.Ref(filter.Name)).Description("No related entity matches.");
        list.Field("all", EntityGraphTypes.Ref(filter.Name)).Description("Every related entity matches (true when there is none).");

        var sort = new InputObjectGraphType { Name = SortName(entity.Label), Description = $"Sort keys of {entity.Label} entities; give one per list element." };
        sort.Field("key", EntityGraphTypes.Ref("SortEnumType")).Description("Sort by the stable id.");
        foreach (var property in entity.Properties.Where(p => p.Kind == PropertyKind.String))
        {
            sort.Field(property.Name, EntityGraphTypes.Ref("SortEnumType")).Description($"Sort by `{property.Name}`.");
        }

        return [filter, list, sort];
    }

    /// <summary>The operation inputs every label shares.</summary>
    public static IEnumerable<IGraphType> BuildShared()
    {
        var text = new InputObjectGraphType { Name = StringOperations, Description = "Conditions on a text property; dates (possibly partial, `2025-06`) compare as text. All given conditions must hold." };
        text.Field<StringGraphType>("eq").Description("Equal to.");
        text.Field<StringGraphType>("neq").Description("Not equal to.");
        text.Field<ListGraphType<StringGraphType>>("in").Description("Equal to one of.");
        text.Field<StringGraphType>("contains").Description("Contains (case-sensitive).");
        text.Field<StringGraphType>("startsWith").Description("Starts with (case-sensitive).");
        text.Field<StringGraphType>("gt").Description("Greater than.");
        text.Field<StringGraphType>("gte").Description("Greater than or equal to.");
        text.Field<StringGraphType>("lt").Description("Less than.");
        text.Field<StringGraphType>("lte").Description("Less than or equal to.");
        return [text];
    }
}
