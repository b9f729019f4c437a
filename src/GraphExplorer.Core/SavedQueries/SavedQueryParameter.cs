namespace GraphExplorer.Core.SavedQueries;

/// <summary>A parameter a saved script declares in its header.</summary>
/// <param name="Name">The name used as <c>$name</c> in the script.</param>
/// <param name="Type">Its declared type.</param>
/// <param name="HasDefault">Whether the header gives a default; a parameter without one is required.</param>
/// <param name="Default">The default value (already of <paramref name="Type"/>; may be <c>null</c>).</param>
/// <param name="Description">What the parameter means.</param>
public sealed record SavedQueryParameter(string Name, SavedQueryParameterType Type, bool HasDefault, object? Default, string Description)
{
    /// <summary>The type as written in a header: <c>String</c>, <c>Integer</c>, <c>Float</c>, <c>Boolean</c>, <c>List&lt;String&gt;</c>.</summary>
    public string TypeName => SavedQueryTypes.NameOf(Type);

    /// <summary>Whether a caller must supply a value.</summary>
    public bool IsRequired => !HasDefault;
}
