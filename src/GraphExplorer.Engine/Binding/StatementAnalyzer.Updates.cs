using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Binding;

/// <summary>SET, REMOVE and DELETE.</summary>
internal sealed partial class StatementAnalyzer
{
    private void CheckSetItems(IReadOnlyList<SetItem> items, Scope scope)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case SetPropertyItem property:
                    RequireKinds(property.Property.Target, Check(property.Property.Target, scope, ExpressionContext.Plain), TypeFlags.Node | TypeFlags.Relationship | TypeFlags.Map);
                    Check(property.Value, scope, ExpressionContext.Plain);
                    break;
                case SetPropertiesItem properties:
                    RequireVariable(item, properties.Variable, scope);
                    Check(properties.Value, scope, ExpressionContext.Plain);
                    break;
                case SetLabelsItem labels:
                    RequireVariable(item, labels.Variable, scope);
                    break;
            }
        }
    }

    private void CheckRemoveItems(IReadOnlyList<RemoveItem> items, Scope scope)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case RemovePropertyItem property:
                    Check(property.Property.Target, scope, ExpressionContext.Plain);
                    break;
                case RemoveLabelsItem labels:
                    RequireVariable(item, labels.Variable, scope);
                    break;
            }
        }
    }

    private void CheckDelete(DeleteClause delete, Scope scope)
    {
        foreach (var target in delete.Targets)
        {
            if (target is HasLabelsExpression)
            {
                throw SemanticErrors.At(target, SemanticErrors.InvalidDelete, "DELETE doesn't support removing labels from a node. Try REMOVE.");
            }

            var type = Check(target, scope, ExpressionContext.Plain);
            RequireKinds(target, type, TypeFlags.Node | TypeFlags.Relationship | TypeFlags.Path | TypeFlags.List);
        }
    }

    private static void RequireVariable(AstNode at, string name, Scope scope)
    {
        if (!scope.Contains(name))
        {
            throw SemanticErrors.At(at, SemanticErrors.UndefinedVariable, $"Variable `{name}` not defined");
        }
    }
}
