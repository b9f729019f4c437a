using System.Collections;

namespace GraphExplorer.Engine.Storage;

/// <summary>
/// The read-only dictionary view of an entity's properties (<see cref="StoredEntity.Properties"/>): reads the
/// entity's current shape and values on each call, in key order. Guarded by the store's lock, like the entity.
/// </summary>
internal sealed class PropertyView(StoredEntity entity) : IReadOnlyDictionary<string, object?>
{
    /// <inheritdoc />
    public int Count => entity.PropertyCount;

    /// <inheritdoc />
    public IEnumerable<string> Keys => entity.Shape?.Keys ?? [];

    /// <inheritdoc />
    public IEnumerable<object?> Values => this.Select(e => e.Value);

    /// <inheritdoc />
    public object? this[string key] => entity.TryGetProperty(key, out var value) ? value : throw new KeyNotFoundException($"The property '{key}' is not set.");

    /// <inheritdoc />
    public bool ContainsKey(string key) => entity.HasProperty(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value) => entity.TryGetProperty(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < entity.PropertyCount; i++)
        {
            yield return new KeyValuePair<string, object?>(entity.Shape![i], entity.ValueAt(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
