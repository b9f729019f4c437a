namespace GraphExplorer.BareServer.Data;

/// <summary>A sub-graph answer (<c>neighborhood</c>, one path of <c>paths</c>).</summary>
internal sealed record BareSubgraph(IReadOnlyList<BareEntity> Nodes, IReadOnlyList<BareRelationship> Edges, bool Truncated);

/// <summary>One row of <c>encounters</c> at country level.</summary>
internal sealed record BareEncounter(BareEntity Participant, BareEntity Counterpart, BareEntity Meeting, BareEntity? Declaration);

/// <summary>The traversal answers over the in-memory graph; provenance (<c>SOURCED_FROM</c>) is left out, as issue 13 asks of the API.</summary>
internal static class BareTraversals
{
    private const string Provenance = "SOURCED_FROM";

    /// <summary>Breadth-first, both directions, up to <paramref name="depth"/> hops and <paramref name="limit"/> nodes.</summary>
    public static BareSubgraph Neighborhood(BareEntity start, int depth, int limit)
    {
        var seen = new HashSet<BareEntity> { start };
        var nodes = new List<BareEntity> { start };
        var edges = new List<BareRelationship>();
        var frontier = new List<BareEntity> { start };
        var truncated = false;
        for (var hop = 0; hop < depth && frontier.Count > 0 && !truncated; hop++)
        {
            var next = new List<BareEntity>();
            foreach (var (relationship, other) in frontier.SelectMany(Links))
            {
                if (seen.Contains(other))
                {
                    continue;
                }

                if (nodes.Count >= limit)
                {
                    truncated = true;
                    break;
                }

                seen.Add(other);
                nodes.Add(other);
                edges.Add(relationship);
                next.Add(other);
            }

            frontier = next;
        }

        return new BareSubgraph(nodes, edges, truncated);
    }

    /// <summary>One shortest path of at most <paramref name="maxLength"/> hops (bidirectional breadth-first search), or none.</summary>
    public static IReadOnlyList<BareSubgraph> ShortestPath(BareEntity from, BareEntity to, int maxLength)
    {
        if (from == to)
        {
            return [new BareSubgraph([from], [], false)];
        }

        var fromSide = new Dictionary<BareEntity, BareRelationship?> { [from] = null };
        var toSide = new Dictionary<BareEntity, BareRelationship?> { [to] = null };
        List<BareEntity> fromFrontier = [from], toFrontier = [to];
        for (var length = 0; length < maxLength; length++)
        {
            var expandFrom = fromFrontier.Count <= toFrontier.Count;
            var (frontier, mine, theirs) = expandFrom ? (fromFrontier, fromSide, toSide) : (toFrontier, toSide, fromSide);
            var next = new List<BareEntity>();
            foreach (var node in frontier)
            {
                foreach (var (relationship, other) in Links(node))
                {
                    if (!mine.TryAdd(other, relationship))
                    {
                        continue;
                    }

                    if (theirs.ContainsKey(other))
                    {
                        return [Join(other, fromSide, toSide)];
                    }

                    next.Add(other);
                }
            }

            if (expandFrom)
            {
                fromFrontier = next;
            }
            else
            {
                toFrontier = next;
            }
        }

        return [];
    }

    /// <summary>Countries that met <paramref name="country"/>: both took part in the same meeting; ordered by meeting, then counterpart.</summary>
    public static IReadOnlyList<BareEncounter> CountryEncounters(BareEntity country)
    {
        var rows = new List<BareEncounter>();
        foreach (var meeting in country.Neighbours("TOOK_PART_IN", outgoing: true))
        {
            var declaration = meeting.Neighbours("UNDER", outgoing: true).FirstOrDefault();
            rows.AddRange(meeting.Neighbours("TOOK_PART_IN", outgoing: false).Where(c => c != country).Select(c => new BareEncounter(country, c, meeting, declaration)));
        }

        return rows;
    }

    private static IEnumerable<(BareRelationship Relationship, BareEntity Other)> Links(BareEntity node)
    {
        foreach (var (type, list) in node.Out)
        {
            if (type != Provenance)
            {
                foreach (var relationship in list)
                {
                    yield return (relationship, relationship.To);
                }
            }
        }

        foreach (var (type, list) in node.In)
        {
            if (type != Provenance)
            {
                foreach (var relationship in list)
                {
                    yield return (relationship, relationship.From);
                }
            }
        }
    }

    private static BareSubgraph Join(BareEntity middle, Dictionary<BareEntity, BareRelationship?> fromSide, Dictionary<BareEntity, BareRelationship?> toSide)
    {
        var nodes = new List<BareEntity> { middle };
        var edges = new List<BareRelationship>();
        for (var node = middle; fromSide[node] is { } back;)
        {
            node = back.From == node ? back.To : back.From;
            edges.Insert(0, back);
            nodes.Insert(0, node);
        }

        for (var node = middle; toSide[node] is { } forward;)
        {
            node = forward.From == node ? forward.To : forward.From;
            edges.Add(forward);
            nodes.Add(node);
        }

        return new BareSubgraph(nodes, edges, false);
    }
}
