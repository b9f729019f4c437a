using GraphExplorer.Engine.Storage;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>How a node scan finds its candidates.</summary>
internal enum ScanKind
{
    AllNodes,
    Label,
    IndexSeek,
    IdSeek,
}

/// <summary>How a seek finds nodes: an index on <paramref name="Property"/> (or, for an id seek, <c>id()</c> / <c>elementId()</c>), by one value or by each value of a list (<c>IN</c>).</summary>
internal sealed record NodeSeek(string Property, Parsing.Ast.Expression Value, bool Many)
{
    /// <summary>The <see cref="Property"/> of a seek by <c>elementId(n)</c>.</summary>
    public const string ElementId = "elementId()";

    /// <summary>The <see cref="Property"/> of a seek by <c>id(n)</c>.</summary>
    public const string Id = "id()";
}

/// <summary>
/// Binds a new node variable for each input row: every node, the nodes of a label, or the nodes an
/// index finds for a property value (<c>MATCH (n:L {id: $x})</c>), then filters by labels and properties.
/// </summary>
internal sealed class NodeScanOperator : Operator
{
    private readonly Operator _source;

    public NodeScanOperator(Operator source, string variable, ScanKind kind, EntityFilter filter, NodeSeek? seek = null)
        : base(source)
    {
        _source = source;
        Variable = variable;
        Kind = kind;
        Filter = filter;
        Seek = seek;
    }

    public string Variable { get; }

    public ScanKind Kind { get; }

    public EntityFilter Filter { get; }

    public NodeSeek? Seek { get; }

    /// <inheritdoc />
    public override string Name => Kind switch
    {
        ScanKind.AllNodes => "AllNodesScan",
        ScanKind.Label => "NodeByLabelScan",
        ScanKind.IdSeek => Seek?.Property == NodeSeek.ElementId ? "NodeByElementIdSeek" : "NodeByIdSeek",
        _ => "NodeIndexSeek",
    };

    /// <inheritdoc />
    public override string Details => $"{Variable}{Filter.Describe()}" + (Seek is null ? string.Empty : $" WHERE {Variable}.{Seek.Property} {(Seek.Many ? "IN" : "=")} …");

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        // Looked up once per run rather than per row (finding it builds a key string): the schema cannot change
        // while a statement runs, schema commands being statements of their own.
        var index = Seek is not null && Kind == ScanKind.IndexSeek ? context.Store.FindPropertyIndex(Filter.LabelsOrTypes[0], Seek.Property) : null;
        KeyValuePair<string, object?>[]? buffer = null;
        foreach (var row in _source.Execute(context, argument))
        {
            var properties = Filter.PropertiesFor(context, row, ref buffer);
            IReadOnlyList<StoredNode>? sought;
            if (index is not null && !Seek!.Many)
            {
                // A unique or range index finds one node for most values: match it without copying the index's set.
                if (SeekOne(context, index, row, out sought) is { } single)
                {
                    context.Tick();
                    if (!single.IsDeleted && EntityFilter.NodeMatches(single, Filter.LabelsOrTypes, properties))
                    {
                        yield return row.With(Variable, single);
                    }

                    continue;
                }
            }
            else
            {
                sought = SeekCandidates(context, index, row);
            }

            if (sought is not null)
            {
                // Seeks find a handful of nodes: walk them by index, without an enumerator per row.
                for (var i = 0; i < sought.Count; i++)
                {
                    context.Tick();
                    var node = sought[i];
                    if (!node.IsDeleted && EntityFilter.NodeMatches(node, Filter.LabelsOrTypes, properties))
                    {
                        yield return row.With(Variable, node);
                    }
                }

                continue;
            }

            foreach (var node in ScanCandidates(context))
            {
                context.Tick();
                if (!node.IsDeleted && EntityFilter.NodeMatches(node, Filter.LabelsOrTypes, properties))
                {
                    yield return row.With(Variable, node);
                }
            }
        }
    }

    /// <summary>
    /// An index seek for one value: the node when the index holds exactly one for it; otherwise null, and
    /// <paramref name="several"/> holds the nodes found (none, or a copy in id order).
    /// </summary>
    private StoredNode? SeekOne(ExecutionContext context, PropertyIndex index, Row row, out IReadOnlyList<StoredNode> several)
    {
        var value = context.Evaluator.Evaluate(Seek!.Value, row);
        var found = value is null ? [] : index.Seek(value);
        several = [];
        switch (found.Count)
        {
            case 0:
                return null;
            case 1 when found is HashSet<StoredNode> set:
                // The set's own struct enumerator: through the interface it would be boxed for every row.
                foreach (var node in set)
                {
                    return node;
                }

                return null;
            case 1:
                return found.First();
            default:
                several = [.. found.OrderBy(n => n.Id)];
                return null;
        }
    }

    /// <summary>The nodes an id seek or a seek by a list of values finds, in id order; null when the operator scans.</summary>
    private IReadOnlyList<StoredNode>? SeekCandidates(ExecutionContext context, PropertyIndex? index, Row row)
    {
        if (Seek is not null && Kind == ScanKind.IdSeek)
        {
            return SeekById(context, row);
        }

        if (Seek is null || index is null)
        {
            return null;
        }

        return [.. SeekKeys(context, row).SelectMany(index.Seek).Distinct().OrderBy(n => n.Id)];
    }

    // Its own method so that the lambda's closure over the context is allocated only by id seeks.
    private StoredNode[] SeekById(ExecutionContext context, Row row) =>
        [.. SeekKeys(context, row).Select(key => FindById(context, key)).OfType<StoredNode>().Distinct()];

    /// <summary>
    /// Every node, or the nodes of the first label. Copied so that writes later in the same statement cannot
    /// disturb the enumeration; a read-only statement walks the store's collection as it is.
    /// </summary>
    private IEnumerable<StoredNode> ScanCandidates(ExecutionContext context)
    {
        var nodes = Kind == ScanKind.AllNodes || Filter.LabelsOrTypes.Count == 0
            ? context.Store.Nodes
            : context.Store.NodesWithLabel(Filter.LabelsOrTypes[0]);
        return context.ReadOnly ? nodes : [.. nodes];
    }

    private IEnumerable<object> SeekKeys(ExecutionContext context, Row row)
    {
        var value = context.Evaluator.Evaluate(Seek!.Value, row);
        if (!Seek.Many)
        {
            return value is null ? [] : [value];
        }

        return value is IReadOnlyList<object?> list ? list.OfType<object>() : [];
    }

    private StoredNode? FindById(ExecutionContext context, object key) => (Seek!.Property, key) switch
    {
        (NodeSeek.Id, long id) => context.Store.FindNode(id),
        (NodeSeek.ElementId, string text) when long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) =>
            context.Store.FindNode(id),
        _ => null,
    };
}
