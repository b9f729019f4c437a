using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Transactions;
using GraphExplorer.Graph;

namespace GraphExplorer.Engine.Execution;

/// <summary>Runs CREATE/DROP CONSTRAINT and CREATE/DROP INDEX against the store's schema.</summary>
internal static class SchemaCommandRunner
{
    /// <summary>Applies the command; the counters say whether anything changed (IF [NOT] EXISTS may make it a no-op).</summary>
    public static QueryResult Run(GraphStore store, Statement command, UndoLog undo)
    {
        if (command is CreateIndexCommand create)
        {
            FulltextIndexOptions.Validate(create);
        }

        var counters = command switch
        {
            CreateConstraintCommand c => store.AddConstraint(c.Name, c.Kind, c.OnRelationship, c.LabelOrType, c.Properties, c.IfNotExists, undo) is null
                ? QueryCounters.None
                : new QueryCounters { ConstraintsAdded = 1 },
            DropConstraintCommand d => store.DropConstraint(d.Name, d.IfExists, undo) is null
                ? QueryCounters.None
                : new QueryCounters { ConstraintsRemoved = 1 },
            CreateIndexCommand i => store.AddIndex(i.Name, i.Kind, i.OnRelationship, i.LabelsOrTypes, i.Properties, i.IfNotExists, undo) is null
                ? QueryCounters.None
                : new QueryCounters { IndexesAdded = 1 },
            DropIndexCommand d => store.DropIndex(d.Name, d.IfExists, undo) is null
                ? QueryCounters.None
                : new QueryCounters { IndexesRemoved = 1 },
            _ => throw Errors.EngineErrors.NotSupported($"the command {command.GetType().Name}", command.Position),
        };
        return new QueryResult([], [], counters);
    }
}
