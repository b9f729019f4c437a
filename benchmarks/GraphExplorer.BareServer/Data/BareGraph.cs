using System.Text;
using System.Text.Json;

namespace GraphExplorer.BareServer.Data;

/// <summary>One node of the dataset with its properties and its relationships by type, each list ordered by the other end's id.</summary>
internal sealed class BareEntity(string label, string key, Dictionary<string, string?> properties)
{
    /// <summary>The node's label, e.g. <c>Official</c>.</summary>
    public string Label { get; } = label;

    /// <summary>The stable id (<c>id</c> property).</summary>
    public string Key { get; } = key;

    /// <summary>The Relay id, as the API writes it: base64url of <c>Label:key</c> without padding.</summary>
    public string GlobalId { get; } = Convert.ToBase64String(Encoding.UTF8.GetBytes(label + ":" + key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Scalar properties as text (lists joined with <c>; </c>).</summary>
    public Dictionary<string, string?> Properties { get; } = properties;

    /// <summary>Outgoing relationships by type.</summary>
    public Dictionary<string, List<BareRelationship>> Out { get; } = new(StringComparer.Ordinal);

    /// <summary>Incoming relationships by type.</summary>
    public Dictionary<string, List<BareRelationship>> In { get; } = new(StringComparer.Ordinal);

    /// <summary>The display text: name, else title, else the id.</summary>
    public string Caption => Property("name") ?? Property("title") ?? Key;

    /// <summary>A property's text, or null.</summary>
    public string? Property(string name) => Properties.GetValueOrDefault(name);

    /// <summary>The far ends of this node's relationships of <paramref name="type"/> in <paramref name="outgoing"/> direction.</summary>
    public IReadOnlyList<BareEntity> Neighbours(string type, bool outgoing) =>
        (outgoing ? Out : In).TryGetValue(type, out var list) ? list.ConvertAll(r => outgoing ? r.To : r.From) : [];
}

/// <summary>One relationship of the dataset.</summary>
internal sealed record BareRelationship(int Index, string Type, BareEntity From, BareEntity To, string? DelegationOf)
{
    /// <summary>A stable id for the relationship (its position in the file).</summary>
    public string Id { get; } = "rel-" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The whole dataset in memory: nodes by Relay id and by label (ordered by id), and a word index for <c>search</c>.</summary>
internal sealed class BareGraph
{
    private BareGraph(Dictionary<string, BareEntity> byGlobalId, Dictionary<string, BareEntity[]> byLabel, Dictionary<string, BareEntity[]> words, int relationships)
    {
        ByGlobalId = byGlobalId;
        ByLabel = byLabel;
        Words = words;
        RelationshipCount = relationships;
    }

    /// <summary>Nodes by Relay id.</summary>
    public Dictionary<string, BareEntity> ByGlobalId { get; }

    /// <summary>Nodes by label, ordered by id.</summary>
    public Dictionary<string, BareEntity[]> ByLabel { get; }

    /// <summary>Lower-cased words of names, titles and aliases, each with its entities ordered by caption.</summary>
    public Dictionary<string, BareEntity[]> Words { get; }

    /// <summary>How many relationships were loaded.</summary>
    public int RelationshipCount { get; }

    /// <summary>Reads a <c>graphexplorer-import/1</c> file (the CLI's <c>generate</c> output).</summary>
    public static async Task<BareGraph> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            var byKey = new Dictionary<(string, string), BareEntity>();
            foreach (var node in document.RootElement.GetProperty("nodes").EnumerateArray())
            {
                var properties = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var property in node.GetProperty("properties").EnumerateObject())
                {
                    properties[property.Name] = Text(property.Value);
                }

                var entity = new BareEntity(node.GetProperty("label").GetString()!, node.GetProperty("id").GetString()!, properties);
                byKey[(entity.Label, entity.Key)] = entity;
            }

            var index = 0;
            foreach (var relationship in document.RootElement.GetProperty("relationships").EnumerateArray())
            {
                var from = byKey[(relationship.GetProperty("fromLabel").GetString()!, relationship.GetProperty("from").GetString()!)];
                var to = byKey[(relationship.GetProperty("toLabel").GetString()!, relationship.GetProperty("to").GetString()!)];
                var delegation = relationship.GetProperty("properties").TryGetProperty("delegationOf", out var d) ? d.GetString() : null;
                var link = new BareRelationship(index++, relationship.GetProperty("type").GetString()!, from, to, delegation);
                Add(from.Out, link);
                Add(to.In, link);
            }

            foreach (var entity in byKey.Values)
            {
                foreach (var list in entity.Out.Values)
                {
                    list.Sort((a, b) => string.CompareOrdinal(a.To.Key, b.To.Key));
                }

                foreach (var list in entity.In.Values)
                {
                    list.Sort((a, b) => string.CompareOrdinal(a.From.Key, b.From.Key));
                }
            }

            var byLabel = byKey.Values.GroupBy(e => e.Label, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
            var words = byKey.Values
                .SelectMany(e => WordsOf(e).Select(w => (Word: w, Entity: e)))
                .GroupBy(p => p.Word, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Entity).Distinct().OrderBy(e => e.Caption, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
            return new BareGraph(byKey.Values.ToDictionary(e => e.GlobalId, StringComparer.Ordinal), byLabel, words, index);
        }
    }

    private static void Add(Dictionary<string, List<BareRelationship>> lists, BareRelationship relationship)
    {
        if (!lists.TryGetValue(relationship.Type, out var list))
        {
            lists[relationship.Type] = list = [];
        }

        list.Add(relationship);
    }

    private static IEnumerable<string> WordsOf(BareEntity entity) =>
        new[] { entity.Property("name"), entity.Property("title"), entity.Property("aliases") }
            .Where(t => t is not null)
            .SelectMany(t => t!.Split([' ', ',', ';', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.ToLowerInvariant());

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Text)),
        JsonValueKind.Null => null,
        _ => value.GetRawText(),
    };
}
