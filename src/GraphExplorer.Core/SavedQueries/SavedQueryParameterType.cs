namespace GraphExplorer.Core.SavedQueries;

/// <summary>The types a saved script's parameter may declare (Cypher type names, as written in the header).</summary>
public enum SavedQueryParameterType
{
    /// <summary>A string (<c>String</c>).</summary>
    String,

    /// <summary>A 64-bit integer (<c>Integer</c>).</summary>
    Integer,

    /// <summary>A double (<c>Float</c>); integers are widened.</summary>
    Float,

    /// <summary>A boolean (<c>Boolean</c>).</summary>
    Boolean,

    /// <summary>A list of strings (<c>List&lt;String&gt;</c>).</summary>
    StringList,
}
