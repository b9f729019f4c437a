using GraphExplorer.Engine.Execution.Operators;
using GraphExplorer.Engine.Planning.Logical;
using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>
    /// Plans the parts of a pattern one after the other (a cartesian product between unconnected parts),
    /// with relationship uniqueness across the whole pattern; <paramref name="where"/> only hints index seeks.
    /// </summary>
    private LogicalPlan PlanPattern(LogicalPlan plan, Pattern pattern, HashSet<string> bound, Expression? where = null)
    {
        var relationships = new List<string>();
        foreach (var part in pattern.Parts)
        {
            plan = part.Selector == PathSelector.All
                ? PlanPart(plan, part, bound, where, relationships)
                : PlanShortestPath(plan, part, bound, where, relationships);
        }

        return plan;
    }

    private LogicalPlan PlanPart(LogicalPlan plan, PatternPart part, HashSet<string> bound, Expression? where, List<string> relationships)
    {
        var element = Name(part.Element);
        var nodes = new List<NodePattern> { element.Start };
        nodes.AddRange(element.Steps.Select(s => s.Node));
        var reverse = element.Steps.Count > 0 && AnchorScore(nodes[^1], bound, where) > AnchorScore(nodes[0], bound, where);
        var walk = reverse ? Reverse(element) : element;

        plan = BindNode(plan, walk.Start, bound, where);
        var from = walk.Start.Variable!;
        foreach (var step in walk.Steps)
        {
            var relationship = step.Relationship;
            var hop = new Hop(
                from,
                relationship.Variable!,
                step.Node.Variable!,
                relationship.Direction,
                new EntityFilter(relationship.Types, relationship.Properties),
                new EntityFilter(step.Node.Labels, step.Node.Properties),
                bound.Contains(step.Node.Variable!),
                bound.Contains(relationship.Variable!),
                [.. relationships]);
            plan = relationship.Length is { } length
                ? new VarLengthExpand(plan, hop, length.Min ?? 1, length.Max, reverse)
                : new Expand(plan, hop);
            bound.Add(relationship.Variable!);
            bound.Add(step.Node.Variable!);
            relationships.Add(relationship.Variable!);
            if (relationship.Where is not null)
            {
                plan = new Selection(plan, relationship.Where);
            }

            if (step.Node.Where is not null)
            {
                plan = new Selection(plan, step.Node.Where);
            }

            from = step.Node.Variable!;
        }

        if (part.PathVariable is not null)
        {
            var steps = element.Steps.Select(s => new PathStep(s.Relationship.Variable!, s.Relationship.Length is not null, s.Node.Variable!)).ToList();
            plan = new ProjectPath(plan, part.PathVariable, element.Start.Variable!, steps);
            bound.Add(part.PathVariable);
        }

        return plan;
    }

    private LogicalPlan PlanShortestPath(LogicalPlan plan, PatternPart part, HashSet<string> bound, Expression? where, List<string> relationships)
    {
        var element = Name(part.Element);
        if (element.Steps.Count != 1)
        {
            throw Errors.EngineErrors.NotSupported("shortestPath over more than one relationship pattern", part.Position);
        }

        var step = element.Steps[0];
        plan = BindNode(plan, element.Start, bound, where);
        plan = BindNode(plan, step.Node, bound, where);
        var relationship = step.Relationship;
        var hop = new Hop(
            element.Start.Variable!,
            relationship.Variable!,
            step.Node.Variable!,
            relationship.Direction,
            new EntityFilter(relationship.Types, relationship.Properties),
            EntityFilter.None,
            true,
            false,
            [.. relationships]);
        var length = relationship.Length ?? new LengthRange(1, 1);
        plan = new ShortestPath(plan, hop, length.Min ?? 1, length.Max, part.Selector == PathSelector.AllShortest, part.PathVariable);
        bound.Add(relationship.Variable!);
        relationships.Add(relationship.Variable!);
        if (part.PathVariable is not null)
        {
            bound.Add(part.PathVariable);
        }

        return plan;
    }

    /// <summary>Binds (or, when bound, checks) a node: index seek, label scan or all-nodes scan.</summary>
    private LogicalPlan BindNode(LogicalPlan plan, NodePattern node, HashSet<string> bound, Expression? where)
    {
        var variable = node.Variable!;
        var filter = new EntityFilter(node.Labels, node.Properties);
        if (bound.Contains(variable))
        {
            plan = new CheckBoundNode(plan, variable, filter);
        }
        else
        {
            var seek = FindSeek(node, bound, where);
            plan = seek switch
            {
                ({ } label, var nodeSeek) => new NodeScan(plan, variable, ScanKind.IndexSeek, new EntityFilter([label, .. node.Labels.Where(l => l != label)], node.Properties), nodeSeek),
                (null, var nodeSeek) => new NodeScan(plan, variable, ScanKind.IdSeek, filter, nodeSeek),
                _ when node.Labels.Count > 0 && FindRange(node, bound, where) is { } found => new NodeIndexScan(
                    plan, variable, new EntityFilter([found.Label, .. node.Labels.Where(l => l != found.Label)], node.Properties), found.Property, found.Range, IndexOrder.None),
                _ when node.Labels.Count > 0 =>
                    new NodeScan(plan, variable, ScanKind.Label, new EntityFilter([.. node.Labels.OrderBy(l => _store.NodesWithLabel(l).Count)], node.Properties)),
                _ => new NodeScan(plan, variable, ScanKind.AllNodes, filter),
            };
            bound.Add(variable);
        }

        return node.Where is null ? plan : new Selection(plan, node.Where);
    }

    /// <summary>
    /// A seek for the node: by id (<c>id(n) = x</c>, <c>elementId(n) IN $ids</c>), or by a property equality or
    /// <c>IN</c> (in its map or in WHERE) on a label with an index; the label is null for an id seek.
    /// </summary>
    private (string? Label, NodeSeek Seek)? FindSeek(NodePattern node, HashSet<string> bound, Expression? where)
    {
        var candidates = new List<(string Property, Expression Value, bool Many, bool ById)>();
        if (node.Properties is MapExpression map)
        {
            candidates.AddRange(map.Entries.Select(e => (e.Key, e.Value, false, false)));
        }

        foreach (var conjunct in Conjuncts(where))
        {
            if (conjunct is not BinaryExpression { Operator: BinaryOperator.Equal or BinaryOperator.In } comparison)
            {
                continue;
            }

            var many = comparison.Operator == BinaryOperator.In;
            foreach (var (side, other) in many ? [(comparison.Left, comparison.Right)] : new[] { (comparison.Left, comparison.Right), (comparison.Right, comparison.Left) })
            {
                switch (side)
                {
                    case PropertyExpression { Target: VariableExpression target } property when target.Name == node.Variable:
                        candidates.Add((property.Key, other, many, false));
                        break;
                    case FunctionCallExpression { Arguments: [VariableExpression target] } call when target.Name == node.Variable
                        && (call.Name.Equals("id", StringComparison.OrdinalIgnoreCase) || call.Name.Equals("elementId", StringComparison.OrdinalIgnoreCase)):
                        candidates.Add((call.Name.Equals("id", StringComparison.OrdinalIgnoreCase) ? NodeSeek.Id : NodeSeek.ElementId, other, many, true));
                        break;
                }
            }
        }

        (string? Label, NodeSeek Seek)? best = null;
        foreach (var (property, value, many, byId) in candidates)
        {
            if (!ExpressionWalker.Variables(value).All(bound.Contains))
            {
                continue;
            }

            if (byId)
            {
                return (null, new NodeSeek(property, value, many));
            }

            foreach (var label in node.Labels)
            {
                if (best is null && _store.FindPropertyIndex(label, property) is not null)
                {
                    best = (label, new NodeSeek(property, value, many));
                }
            }
        }

        return best;
    }

    private static IEnumerable<Expression> Conjuncts(Expression? expression)
    {
        if (expression is BinaryExpression { Operator: BinaryOperator.And } and)
        {
            return Conjuncts(and.Left).Concat(Conjuncts(and.Right));
        }

        return expression is null ? [] : [expression];
    }

    /// <summary>How good a node is as the place to start matching a chain.</summary>
    private int AnchorScore(NodePattern node, HashSet<string> bound, Expression? where) =>
        bound.Contains(node.Variable!) ? 3 : FindSeek(node, bound, where) is not null ? 2 : node.Labels.Count > 0 ? 1 : 0;

    /// <summary>The element with every anonymous node and relationship given a generated name.</summary>
    private PatternElement Name(PatternElement element) => element with
    {
        Start = element.Start.Variable is null ? element.Start with { Variable = Anonymous("node") } : element.Start,
        Steps = [.. element.Steps.Select(s => s with
        {
            Relationship = s.Relationship.Variable is null ? s.Relationship with { Variable = Anonymous("rel") } : s.Relationship,
            Node = s.Node.Variable is null ? s.Node with { Variable = Anonymous("node") } : s.Node,
        })],
    };

    /// <summary>The same chain written from its last node to its first.</summary>
    private static PatternElement Reverse(PatternElement element)
    {
        var nodes = new List<NodePattern> { element.Start };
        nodes.AddRange(element.Steps.Select(s => s.Node));
        var steps = new List<PatternStep>();
        for (var i = element.Steps.Count - 1; i >= 0; i--)
        {
            var relationship = element.Steps[i].Relationship;
            var flipped = relationship.Direction switch
            {
                RelationshipDirection.Outgoing => RelationshipDirection.Incoming,
                RelationshipDirection.Incoming => RelationshipDirection.Outgoing,
                _ => RelationshipDirection.Both,
            };
            steps.Add(new PatternStep(relationship with { Direction = flipped }, nodes[i]));
        }

        return new PatternElement(nodes[^1], steps);
    }
}
