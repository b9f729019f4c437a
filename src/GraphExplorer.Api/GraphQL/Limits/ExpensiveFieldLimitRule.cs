using GraphExplorer.Api.GraphQL.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.GraphQL.Limits;

/// <summary>
/// Refuses documents that select the traversal fields of <c>Query</c> more often than
/// <see cref="LimitOptions.MaxExpensiveFields"/> allows, so aliases cannot multiply an expensive field. Thread-safe
/// (the count lives in each validation's visitor).
/// </summary>
internal sealed class ExpensiveFieldLimitRule(IOptions<LimitOptions> options) : ValidationRuleBase
{
    /// <summary>The <c>Query</c> fields that run a traversal.</summary>
    public static readonly IReadOnlySet<string> ExpensiveFields = new HashSet<string>(StringComparer.Ordinal) { "neighborhood", "paths", "search", "encounters", "encounterGroups" };

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var maximum = options.Value.MaxExpensiveFields;
        var count = 0;
        INodeVisitor visitor = new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (!ExpensiveFields.Contains(field.Name.StringValue) || validation.TypeInfo.GetParentType() != validation.Schema.Query)
            {
                return;
            }

            if (++count == maximum + 1)
            {
                validation.ReportError(new ValidationError(
                    $"The document selects traversal fields ({string.Join(", ", ExpensiveFields)}) more than {maximum} times, aliases included.")
                {
                    Code = ErrorCodes.TooManyExpensiveFields,
                });
            }
        });
        return ValueTask.FromResult<INodeVisitor?>(visitor);
    }
}
