using System.Collections.ObjectModel;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Storage;

/// <summary>
/// What nodes and relationships share: the id, the deleted flag and the properties. Properties are compact
/// (decision 0095): a shared <see cref="PropertyShape"/> (the keys, in the order they were first set) and the
/// values — the value itself when there is one property, an array in key order otherwise — so an entity
/// without properties carries two null fields and no map object. Readers get a read-only view; only the store
/// writes (through the internal <c>…Property</c> methods). Guarded by the store's lock.
/// </summary>
internal abstract class StoredEntity : IEntityValue
{
    /// <summary>The view of an entity without properties: immutable, so no writer can fill it by accident.</summary>
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = ReadOnlyDictionary<string, object?>.Empty;

    private PropertyShape? _shape;

    /// <summary>The value when the shape has one key, an <c>object?[]</c> in key order when it has more.</summary>
    private object? _values;

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
    public IReadOnlyDictionary<string, object?> Properties => _shape is null ? NoProperties : new PropertyView(this);

    /// <summary>How many properties the entity has.</summary>
    public int PropertyCount => _shape?.Count ?? 0;

    /// <summary>The keys of the properties (null when there are none).</summary>
    internal PropertyShape? Shape => _shape;

    /// <summary>The value of property <paramref name="key"/>, or null when it is not set.</summary>
    public object? GetProperty(string key)
    {
        var index = _shape?.IndexOf(key) ?? -1;
        return index < 0 ? null : ValueAt(index);
    }

    /// <summary>Whether property <paramref name="key"/> is set, and its value.</summary>
    public bool TryGetProperty(string key, out object? value)
    {
        var index = _shape?.IndexOf(key) ?? -1;
        value = index < 0 ? null : ValueAt(index);
        return index >= 0;
    }

    /// <summary>Whether property <paramref name="key"/> is set.</summary>
    public bool HasProperty(string key) => _shape is { } shape && shape.IndexOf(key) >= 0;

    /// <summary>The value of the property at <paramref name="index"/> of the shape.</summary>
    internal object? ValueAt(int index) => _shape!.Count == 1 ? _values : ((object?[])_values!)[index];

    /// <summary>Sets all properties at once from a shape and its values (store only: a new entity, or a restore).</summary>
    /// <param name="shape">The keys, or <c>null</c> for none.</param>
    /// <param name="values">The value for a one-key shape, an <c>object?[]</c> of the shape's length otherwise (kept, not copied).</param>
    internal void InitializeProperties(PropertyShape? shape, object? values)
    {
        if (shape is { Count: > 1 } && (values is not object?[] array || array.Length != shape.Count))
        {
            throw new ArgumentException("a shape of several keys needs an array of as many values", nameof(values));
        }

        _shape = shape is { Count: 0 } ? null : shape;
        _values = _shape is null ? null : values;
    }

    /// <summary>Sets a property (store only: callers record the undo and keep the indexes).</summary>
    internal void WriteProperty(string key, object? value)
    {
        if (_shape is null)
        {
            _shape = PropertyShape.Empty.With(key);
            _values = value;
            return;
        }

        var index = _shape.IndexOf(key);
        if (index >= 0)
        {
            if (_shape.Count == 1)
            {
                _values = value;
            }
            else
            {
                ((object?[])_values!)[index] = value;
            }

            return;
        }

        var count = _shape.Count;
        var grown = new object?[count + 1];
        if (count == 1)
        {
            grown[0] = _values;
        }
        else
        {
            Array.Copy((object?[])_values!, grown, count);
        }

        grown[count] = value;
        _shape = _shape.With(key);
        _values = grown;
    }

    /// <summary>Removes a property (store only); the entity holds nothing once its last property goes.</summary>
    internal void RemoveProperty(string key)
    {
        var index = _shape?.IndexOf(key) ?? -1;
        if (index < 0)
        {
            return;
        }

        var count = _shape!.Count;
        if (count == 1)
        {
            _shape = null;
            _values = null;
            return;
        }

        var values = (object?[])_values!;
        if (count == 2)
        {
            _values = values[1 - index];
        }
        else
        {
            var shrunk = new object?[count - 1];
            Array.Copy(values, 0, shrunk, 0, index);
            Array.Copy(values, index + 1, shrunk, index, count - index - 1);
            _values = shrunk;
        }

        _shape = _shape.Without(index);
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
