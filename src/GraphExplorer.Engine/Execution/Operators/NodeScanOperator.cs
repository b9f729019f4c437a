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
        foreach (var row in _source.Execute(context, argument))
        {
            var properties = Filter.PropertiesFor(context, row);
            foreach (var node in Candidates(context, row))
            {
                context.Tick();
                if (!node.IsDeleted && EntityFilter.NodeMatches(node, Filter.LabelsOrTypes, properties))
                {
                    yield return row.With(Variable, node);
                }
            }
        }
    }

    private StoredNode[] Candidates(ExecutionContext context, Row row)
    {
        // Candidates are copied so that writes later in the same statement cannot disturb the enumeration.
        if (Seek is not null && Kind == ScanKind.IdSeek)
        {
            return [.. SeekKeys(context, row).Select(key => FindById(context, key)).OfType<StoredNode>().Distinct()];
        }

        if (Seek is not null && Kind == ScanKind.IndexSeek && context.Store.FindPropertyIndex(Filter.LabelsOrTypes[0], Seek.Property) is { } index)
        {
            return [.. SeekKeys(context, row).SelectMany(index.Seek).Distinct().OrderBy(n => n.Id)];
        }

        return Kind == ScanKind.AllNodes || Filter.LabelsOrTypes.Count == 0
            ? [.. context.Store.Nodes]
            : [.. context.Store.NodesWithLabel(Filter.LabelsOrTypes[0])];
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
