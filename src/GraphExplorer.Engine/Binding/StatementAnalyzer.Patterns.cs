using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Binding;

/// <summary>How a pattern is used, which decides what its variables may do.</summary>
internal enum PatternMode
{
    /// <summary>MATCH: new variables are bound, bound ones are joined on.</summary>
    Match,

    /// <summary>CREATE: new entities; a bound node may only be referred to, bare, inside a longer chain.</summary>
    Create,

    /// <summary>MERGE: like CREATE, but undirected relationships are allowed.</summary>
    Merge,

    /// <summary>A pattern predicate in an expression: it may introduce no variables.</summary>
    Predicate,

    /// <summary>A pattern comprehension: new variables are local to it.</summary>
    Comprehension,
}

/// <summary>Binding the variables of patterns, with the checks of CREATE and MERGE patterns.</summary>
internal sealed partial class StatementAnalyzer
{
    private void BindPattern(Pattern pattern, Scope scope, PatternMode mode)
    {
        var boundHere = new HashSet<string>(StringComparer.Ordinal);
        var relationshipsHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in pattern.Parts)
        {
            BindElement(part.Element, scope, mode, boundHere, relationshipsHere);
            if (part.PathVariable is { } path)
            {
                if (scope.Contains(path))
                {
                    throw SemanticErrors.At(part, SemanticErrors.VariableAlreadyBound, $"Variable `{path}` already declared");
                }

                scope.Set(path, StaticType.Path);
                boundHere.Add(path);
            }
        }

        // Property maps and inline predicates may refer to any variable of the pattern.
        foreach (var part in pattern.Parts)
        {
            CheckPatternExpressions(part.Element, scope);
        }
    }

    private void BindElement(PatternElement element, Scope scope, PatternMode mode, HashSet<string> boundHere, HashSet<string> relationshipsHere)
    {
        var lone = element.Steps.Count == 0;
        BindNode(element.Start, scope, mode, lone, boundHere);
        foreach (var step in element.Steps)
        {
            BindRelationship(step.Relationship, scope, mode, boundHere, relationshipsHere);
            BindNode(step.Node, scope, mode, lone: false, boundHere);
        }
    }

    private static void BindNode(NodePattern node, Scope scope, PatternMode mode, bool lone, HashSet<string> boundHere)
    {
        if (node.Properties is ParameterExpression && mode is PatternMode.Match or PatternMode.Merge)
        {
            throw SemanticErrors.At(node.Properties, SemanticErrors.InvalidParameterUse, $"Parameter maps cannot be used in {(mode == PatternMode.Match ? "MATCH" : "MERGE")} patterns (use a literal map instead, e.g. \"{{id: $param.id}}\")");
        }

        if (node.Variable is not { } name)
        {
            return;
        }

        if (scope.TryGet(name, out var type))
        {
            if ((type.Flags & (TypeFlags.Node | TypeFlags.Null)) == 0)
            {
                throw SemanticErrors.At(node, SemanticErrors.VariableTypeConflict, $"Type mismatch: {name} defined with conflicting type {type.Describe()} (expected Node)");
            }

            var redeclares = node.Labels.Count > 0 || node.Properties is not null || lone;
            if (mode is PatternMode.Create or PatternMode.Merge && redeclares)
            {
                throw SemanticErrors.At(node, SemanticErrors.VariableAlreadyBound, $"Can't create node `{name}` with labels or properties here. The variable is already declared in this context");
            }

            return;
        }

        if (mode == PatternMode.Predicate)
        {
            throw SemanticErrors.At(node, SemanticErrors.UndefinedVariable, $"Variable `{name}` not defined");
        }

        scope.Set(name, StaticType.Node);
        boundHere.Add(name);
    }

    private static void BindRelationship(RelationshipPattern relationship, Scope scope, PatternMode mode, HashSet<string> boundHere, HashSet<string> relationshipsHere)
    {
        if (relationship.Properties is ParameterExpression && mode is PatternMode.Match or PatternMode.Merge)
        {
            throw SemanticErrors.At(relationship.Properties, SemanticErrors.InvalidParameterUse, $"Parameter maps cannot be used in {(mode == PatternMode.Match ? "MATCH" : "MERGE")} patterns (use a literal map instead, e.g. \"{{id: $param.id}}\")");
        }

        if (relationship.Variable is { } bound && scope.Contains(bound) && mode is PatternMode.Create or PatternMode.Merge)
        {
            throw SemanticErrors.At(relationship, SemanticErrors.VariableAlreadyBound, $"Can't create relationship `{bound}`: the variable is already declared in this context");
        }

        if (mode is PatternMode.Create or PatternMode.Merge)
        {
            var clause = mode == PatternMode.Create ? "CREATE" : "MERGE";
            if (relationship.Length is not null)
            {
                throw SemanticErrors.At(relationship, SemanticErrors.CreatingVarLength, $"Variable length relationships cannot be used in {clause}");
            }

            if (relationship.Types.Count != 1)
            {
                throw SemanticErrors.At(relationship, SemanticErrors.NoSingleRelationshipType, $"Exactly one relationship type must be specified for {clause}. Did you forget to prefix your relationship type with a ':'?");
            }

            if (mode == PatternMode.Create && relationship.Direction == RelationshipDirection.Both)
            {
                throw SemanticErrors.At(relationship, SemanticErrors.RequiresDirectedRelationship, "Only directed relationships are supported in CREATE");
            }
        }

        if (relationship.Variable is not { } name)
        {
            return;
        }

        var expected = relationship.Length is null ? StaticType.Relationship : StaticType.ListOf(TypeFlags.Relationship);
        if (scope.TryGet(name, out var type))
        {
            var accepted = TypeFlags.Null | (relationship.Length is null ? TypeFlags.Relationship : TypeFlags.List | TypeFlags.Relationship);
            if ((type.Flags & accepted) == 0 || (relationship.Length is null && type.Flags == TypeFlags.List))
            {
                throw SemanticErrors.At(relationship, SemanticErrors.VariableTypeConflict, $"Type mismatch: {name} defined with conflicting type {type.Describe()} (expected Relationship)");
            }

            if (mode == PatternMode.Match && relationshipsHere.Contains(name))
            {
                throw SemanticErrors.At(relationship, SemanticErrors.RelationshipUniquenessViolation, $"Cannot use the same relationship variable '{name}' for multiple relationships");
            }

            relationshipsHere.Add(name);
            return;
        }

        if (mode == PatternMode.Predicate)
        {
            throw SemanticErrors.At(relationship, SemanticErrors.UndefinedVariable, $"Variable `{name}` not defined");
        }

        scope.Set(name, expected);
        boundHere.Add(name);
        relationshipsHere.Add(name);
    }

    private void CheckPatternExpressions(PatternElement element, Scope scope)
    {
        foreach (var expression in ExpressionTree.PatternExpressions(element))
        {
            var type = Check(expression, scope, ExpressionContext.Plain with { PatternAllowed = true });
            if (expression is MapExpression or ParameterExpression)
            {
                continue;
            }

            RequireKinds(expression, type, TypeFlags.Boolean);
        }
    }
}
