using System.Text;
using System.Xml;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Export;

/// <summary>Writes an <see cref="ExportedGraph"/> as the JSON import format (round-trips through import) or as GraphML. Thread-safe (stateless).</summary>
public static class GraphExportWriter
{
    /// <summary>Writes the JSON import format.</summary>
    public static async Task WriteJsonAsync(ExportedGraph graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var writer = new ImportDocumentWriter(output, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            foreach (var node in graph.Nodes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.WriteNode(ExportedGraph.LabelOf(node), ExportedGraph.IdOf(node), node.Properties);
            }

            foreach (var relationship in graph.Relationships)
            {
                var from = graph.ById[relationship.StartElementId];
                var to = graph.ById[relationship.EndElementId];
                writer.WriteRelationship(
                    relationship.Type,
                    ExportedGraph.LabelOf(from),
                    ExportedGraph.IdOf(from),
                    ExportedGraph.LabelOf(to),
                    ExportedGraph.IdOf(to),
                    relationship.Properties);
            }
        }
    }

    /// <summary>
    /// Writes GraphML (Gephi, Cytoscape, yEd): node ids are <c>Label:id</c>, every property a string key
    /// (lists as JSON), plus <c>labels</c> on nodes and <c>type</c> on edges.
    /// </summary>
    public static void WriteGraphMl(ExportedGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(output, settings);
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", ns);
        var nodeKeys = graph.Nodes.SelectMany(n => n.Properties.Keys).Append("labels").Distinct().Order(StringComparer.Ordinal).ToList();
        var edgeKeys = graph.Relationships.SelectMany(r => r.Properties.Keys).Append("type").Distinct().Order(StringComparer.Ordinal).ToList();
        WriteKeys(xml, "node", "n_", nodeKeys);
        WriteKeys(xml, "edge", "e_", edgeKeys);
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", NodeId(node));
            WriteData(xml, "n_labels", string.Join(":", node.Labels));
            foreach (var (key, value) in node.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                WriteData(xml, "n_" + key, Text(value));
            }

            xml.WriteEndElement();
        }

        var index = 0;
        foreach (var relationship in graph.Relationships)
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", "e" + index++);
            xml.WriteAttributeString("source", NodeId(graph.ById[relationship.StartElementId]));
            xml.WriteAttributeString("target", NodeId(graph.ById[relationship.EndElementId]));
            WriteData(xml, "e_type", relationship.Type);
            foreach (var (key, value) in relationship.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                WriteData(xml, "e_" + key, Text(value));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static string NodeId(Graph.Values.GraphNode node) => ExportedGraph.LabelOf(node) + ":" + ExportedGraph.IdOf(node);

    private static void WriteKeys(XmlWriter xml, string target, string prefix, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", prefix + key);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", key);
            xml.WriteAttributeString("attr.type", "string");
            xml.WriteEndElement();
        }
    }

    private static void WriteData(XmlWriter xml, string key, string text)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static string Text(object? value)
    {
        if (value is string s)
        {
            return s;
        }

        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            PlainJson.Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
