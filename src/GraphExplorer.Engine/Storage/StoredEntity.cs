using System.Collections.ObjectModel;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Storage;

/// <summary>
/// What nodes and relationships share: the id, the deleted flag and the property map. The map is allocated
/// on the first write, so the many entities without properties (most relationships) carry no map object;
/// readers get a read-only view, and only the store writes (through the internal <c>…Property</c> methods).
/// Guarded by the store's lock.
/// </summary>
internal abstract class StoredEntity : IEntityValue
{
    /// <summary>The view of an entity without properties: immutable, so no writer can fill it by accident.</summary>
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = ReadOnlyDictionary<string, object?>.Empty;

    private OrderedDictionary<string, object?>? _properties;

    protected StoredEntity(long id)
    {
        Id = id;
    }

    /// <summary>The entity's id, unique for the life of the store.</summary>
    public long Id { get; }

    /// <inheritdoc />
    public abstract bool IsNode { get; }

    /// <summary>Whether the entity was deleted (in this or a committed transaction).</summary>
    public bool IsDeleted { get; set; }

    /// <summary>Properties in the order they were first set (a read-only view; the store writes them).</summary>
    public IReadOnlyDictionary<string, object?> Properties => _properties ?? NoProperties;

    /// <summary>How many properties the entity has.</summary>
    public int PropertyCount => _properties?.Count ?? 0;

    /// <summary>The value of property <paramref name="key"/>, or null when it is not set.</summary>
    public object? GetProperty(string key) =>
        _properties is { } properties && properties.TryGetValue(key, out var value) ? value : null;

    /// <summary>Whether property <paramref name="key"/> is set, and its value.</summary>
    public bool TryGetProperty(string key, out object? value)
    {
        if (_properties is { } properties)
        {
            return properties.TryGetValue(key, out value);
        }

        value = null;
        return false;
    }

    /// <summary>Whether property <paramref name="key"/> is set.</summary>
    public bool HasProperty(string key) => _properties?.ContainsKey(key) ?? false;

    /// <summary>Sets a property (store only: callers record the undo and keep the indexes).</summary>
    internal void WriteProperty(string key, object? value) =>
        (_properties ??= new OrderedDictionary<string, object?>(StringComparer.Ordinal))[key] = value;

    /// <summary>Removes a property (store only); the map goes when its last entry does.</summary>
    internal void RemoveProperty(string key)
    {
        if (_properties is { } properties && properties.Remove(key) && properties.Count == 0)
        {
            _properties = null;
        }
    }

    /// <summary>Sets the property when <paramref name="present"/>, removes it otherwise (store only).</summary>
    internal void AssignProperty(string key, bool present, object? value)
    {
        if (present)
        {
            WriteProperty(key, value);
        }
        else
        {
            RemoveProperty(key);
        }
    }
}
