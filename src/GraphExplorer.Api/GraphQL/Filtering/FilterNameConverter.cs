using GraphQL.Conversion;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Filtering;

/// <summary>
/// GraphQL.NET's camel-case name converter, except for the filter combinators <c>AND</c>, <c>OR</c> and <c>NOT</c>,
/// which keep their upper-case names (camel case would make them <c>aND</c>). Stateless; thread-safe.
/// </summary>
internal sealed class FilterNameConverter : INameConverter
{
    private static readonly CamelCaseNameConverter CamelCase = CamelCaseNameConverter.Instance;

    /// <inheritdoc />
    public string NameForField(string fieldName, IComplexGraphType parentGraphType) =>
        IsCombinator(fieldName) ? fieldName : CamelCase.NameForField(fieldName, parentGraphType);

    /// <inheritdoc />
    public string NameForArgument(string argumentName, IComplexGraphType parentGraphType, FieldType field) =>
        CamelCase.NameForArgument(argumentName, parentGraphType, field);

    private static bool IsCombinator(string name) => name is "AND" or "OR" or "NOT";
}
