using GraphExplorer.Api.GraphQL.Errors;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;

namespace GraphExplorer.Api.GraphQL.Limits;

/// <summary>
/// Configures GraphQL.NET's complexity analyzer: introspection counts nothing (so IDEs keep working), and going over
/// the depth or the complexity limit answers with a code that says which.
/// </summary>
internal static class ComplexityLimits
{
    /// <summary>Applies <paramref name="limits"/> to the analyzer's <paramref name="options"/>.</summary>
    public static void Configure(ComplexityOptions options, LimitOptions limits)
    {
        // The analyzer's own checks stay off: the delegate below makes both decisions, so each gets its own code.
        options.MaxDepth = null;
        options.MaxComplexity = null;
        var defaultImpact = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context =>
            context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) ? new FieldComplexityResult(0, 0) : defaultImpact(context);
        options.ValidateComplexityDelegate = context =>
        {
            context.Error = context.MaxDepth > limits.MaxDepth
                ? new ValidationError($"The query is {context.MaxDepth} levels deep; the most allowed is {limits.MaxDepth}.") { Code = ErrorCodes.MaxDepthExceeded }
                : context.TotalImpact > limits.MaxComplexity
                    ? new ValidationError($"The query's complexity is {context.TotalImpact:0}; the most allowed is {limits.MaxComplexity:0}.") { Code = ErrorCodes.MaxComplexityExceeded }
                    : null;
            return Task.CompletedTask;
        };
    }
}
