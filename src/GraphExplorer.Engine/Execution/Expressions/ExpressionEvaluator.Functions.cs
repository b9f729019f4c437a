using System.Globalization;
using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Execution.Expressions;

internal sealed partial class ExpressionEvaluator
{
    private object? CallFunction(FunctionCallExpression call, Scope scope)
    {
        var name = call.Name.ToLowerInvariant();
        if (name == "exists" && call.Arguments.Count == 1)
        {
            var value = Eval(call.Arguments[0], scope);
            return value is bool b && call.Arguments[0] is PatternPredicateExpression ? b : value is not null;
        }

        if (TryCountPatternComprehension(call, scope, out var count))
        {
            return count;
        }

        var arguments = new object?[call.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Eval(call.Arguments[i], scope);
        }

        if (arguments.Length == 1 && TryGraphFunction(name, arguments[0], out var result))
        {
            return result;
        }

        if (FunctionLibrary.TryGetScalar(call.Name, out var function))
        {
            try
            {
                return function(arguments);
            }
            catch (CypherException error)
            {
                throw ParameterErrors.Naming(error, ParameterErrors.DirectParameters(call.Arguments));
            }
        }

        if (FunctionLibrary.IsAggregate(call.Name))
        {
            throw EngineErrors.SemanticError($"Invalid use of aggregating function {call.Name}(...) in this context", "InvalidAggregation", call.Position);
        }

        throw new CypherException(StatusCodes.SyntaxError, $"Unknown function '{call.Name}'", ErrorPhase.Compile, "UnknownFunction", call.Position);
    }

    /// <summary>The functions that need the graph; <c>false</c> when <paramref name="name"/> is not one (or not for this argument).</summary>
    private static bool TryGraphFunction(string name, object? argument, out object? result)
    {
        result = null;
        switch (name)
        {
            case "id":
                result = argument switch
                {
                    null => null,
                    IEntityValue entity => entity.Id,
                    _ => throw ExpectedEntity("id", argument),
                };
                return true;
            case "elementid":
                result = argument switch
                {
                    null => null,
                    IEntityValue entity => entity.Id.ToString(CultureInfo.InvariantCulture),
                    _ => throw ExpectedEntity("elementId", argument),
                };
                return true;
            case "labels":
                result = argument switch
                {
                    null => null,
                    StoredNode node => node.IsDeleted ? throw EngineErrors.DeletedEntityAccess("Node", node.Id) : node.Labels.Cast<object?>().ToList(),
                    _ => throw EngineErrors.TypeError($"Invalid input for function 'labels()': Expected a Node, got: {CypherTypes.TypeName(argument)}", CypherErrors.InvalidArgumentValue),
                };
                return true;
            case "type":
                result = argument switch
                {
                    null => null,
                    StoredRelationship relationship => relationship.Type,
                    _ => throw EngineErrors.TypeError($"Invalid input for function 'type()': Expected a Relationship, got: {CypherTypes.TypeName(argument)}", CypherErrors.InvalidArgumentValue),
                };
                return true;
            case "keys" when argument is StoredNode or StoredRelationship:
                result = EntityProperties(argument).Keys.Cast<object?>().ToList();
                return true;
            case "properties" when argument is StoredNode or StoredRelationship:
                result = new Dictionary<string, object?>(EntityProperties(argument), StringComparer.Ordinal);
                return true;
            case "startnode":
                result = argument switch
                {
                    null => null,
                    StoredRelationship relationship => relationship.Start,
                    _ => throw ExpectedEntity("startNode", argument),
                };
                return true;
            case "endnode":
                result = argument switch
                {
                    null => null,
                    StoredRelationship relationship => relationship.End,
                    _ => throw ExpectedEntity("endNode", argument),
                };
                return true;
            case "nodes":
                result = argument switch
                {
                    null => null,
                    IPathValue path => path.Nodes.Cast<object?>().ToList(),
                    _ => throw EngineErrors.TypeError($"Invalid input for function 'nodes()': Expected a Path, got: {CypherTypes.TypeName(argument)}", CypherErrors.InvalidArgumentValue),
                };
                return true;
            case "relationships":
                result = argument switch
                {
                    null => null,
                    IPathValue path => path.Relationships.Cast<object?>().ToList(),
                    _ => throw EngineErrors.TypeError($"Invalid input for function 'relationships()': Expected a Path, got: {CypherTypes.TypeName(argument)}", CypherErrors.InvalidArgumentValue),
                };
                return true;
            case "length" when argument is IPathValue path:
                result = (long)path.Relationships.Count;
                return true;
            default:
                return false;
        }
    }

    private static IReadOnlyDictionary<string, object?> EntityProperties(object entity) => entity switch
    {
        StoredNode node => node.IsDeleted ? throw EngineErrors.DeletedEntityAccess("Node", node.Id) : node.Properties,
        StoredRelationship relationship => relationship.IsDeleted
            ? throw EngineErrors.DeletedEntityAccess("Relationship", relationship.Id)
            : relationship.Properties,
        _ => throw new InvalidOperationException("Not an entity."),
    };

    private static CypherException ExpectedEntity(string function, object value) =>
        EngineErrors.TypeError($"Invalid input for function '{function}()': Expected a Node or Relationship, got: {CypherTypes.TypeName(value)}", CypherErrors.InvalidArgumentValue);
}
