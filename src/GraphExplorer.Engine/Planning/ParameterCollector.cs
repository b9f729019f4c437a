using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Planning;

/// <summary>Finds every <c>$parameter</c> a statement uses, so a missing one fails before anything runs.</summary>
internal static class ParameterCollector
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>The parameter expressions anywhere in the tree, in no particular order.</summary>
    public static IReadOnlyList<ParameterExpression> Collect(AstNode root)
    {
        var found = new List<ParameterExpression>();
        Visit(root, found);
        return found;
    }

    private static void Visit(object? value, List<ParameterExpression> found)
    {
        switch (value)
        {
            case null or string:
                return;
            case ParameterExpression parameter:
                found.Add(parameter);
                return;
            case AstNode node:
                foreach (var property in Properties.GetOrAdd(node.GetType(), Readable))
                {
                    Visit(property.GetValue(node), found);
                }

                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Visit(item, found);
                }

                return;
            default:
                var type = value.GetType();
                if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
                {
                    Visit(type.GetProperty("Value")!.GetValue(value), found);
                }

                return;
        }
    }

    private static PropertyInfo[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract" && !p.PropertyType.IsEnum && p.PropertyType != typeof(bool))];
}
