using System.Globalization;

namespace GraphExplorer.Core.Entities;

/// <summary>
/// Keyset (seek) predicates: "comes after this key in this order", with Cypher's null placement (nulls last when
/// ascending, first when descending), so a page starts right after its cursor without counting from the start.
/// </summary>
internal static class Keyset
{
    /// <summary>
    /// The predicate on <paramref name="variable"/> that holds for the items strictly after <paramref name="key"/> in
    /// <paramref name="order"/> (or in its reverse), its values added to <paramref name="parameters"/> under names
    /// starting with <paramref name="name"/>. With the id alone it is <c>n.id &gt; $after</c>; with a key
    /// <c>n.p &gt; $afterKey0 OR (n.p = $afterKey0 AND n.id &gt; $afterId) OR n.p IS NULL</c>.
    /// </summary>
    public static string After(PageOrder order, string variable, PageKey key, bool reversed, string name, Dictionary<string, object?> parameters)
    {
        if (key.Values.Count != order.Columns.Count)
        {
            throw new ArgumentException("The key does not belong to this order.", nameof(key));
        }

        var idName = order.Columns.Count == 0 ? name : name + "Id";
        parameters[idName] = key.Id;
        var predicate = variable + ".id" + (reversed ? " < $" : " > $") + idName;
        for (var i = order.Columns.Count - 1; i >= 0; i--)
        {
            var column = order.Columns[i];
            var expression = column.On(variable);
            var value = key.Values[i];
            var parameter = "$" + name + "Key" + i.ToString(CultureInfo.InvariantCulture);
            if (value is not null)
            {
                parameters[parameter[1..]] = value;
            }

            var equal = value is null ? expression + " IS NULL" : expression + " = " + parameter;
            var arms = new List<string>();
            // Strictly after on this key: ascending puts nulls last, descending first (reversing swaps both).
            var ascending = column.Descending == reversed;
            if (value is not null)
            {
                arms.Add(expression + (ascending ? " > " : " < ") + parameter);
            }

            arms.Add("(" + equal + " AND " + predicate + ")");
            if (ascending && value is not null)
            {
                arms.Add(expression + " IS NULL");
            }
            else if (!ascending && value is null)
            {
                arms.Add(expression + " IS NOT NULL");
            }

            predicate = string.Join(" OR ", arms);
            if (i > 0)
            {
                predicate = "(" + predicate + ")";
            }
        }

        return predicate;
    }
}
