namespace GraphExplorer.Engine.Storage;

internal sealed partial class GraphStore
{
    /// <summary>The property indexes (for the consistency checker).</summary>
    public IEnumerable<PropertyIndex> PropertyIndexes => _propertyIndexes.Values;

    /// <summary>The label index: each label with the nodes filed under it (for the consistency checker).</summary>
    public IEnumerable<KeyValuePair<string, SortedSet<StoredNode>>> LabelIndex => _labelIndex;
}
