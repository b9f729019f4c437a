using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>The <c>JSON</c> scalar: any JSON value, used for property maps. Output values are already plain JSON values.</summary>
internal sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "Any JSON value: an object of properties, a list, a string, a number, a boolean or null.";
    }

    public override object? Serialize(object? value) => value;

    public override object? ParseValue(object? value) => value;

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => text.Value.ToString(),
        GraphQLBooleanValue boolean => boolean.BoolValue,
        GraphQLIntValue integer => long.Parse(integer.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
        GraphQLFloatValue number => double.Parse(number.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
        GraphQLEnumValue name => name.Name.StringValue,
        GraphQLListValue list => list.Values?.Select(ParseLiteral).ToList() ?? [],
        GraphQLObjectValue map => map.Fields?.ToDictionary(f => f.Name.StringValue, f => ParseLiteral(f.Value)) ?? [],
        _ => ThrowLiteralConversionError(value),
    };
}
