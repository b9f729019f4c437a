using GraphExplorer.Engine.Transactions;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// Start-up recovery: loads the snapshot (or a legacy JSON snapshot, or nothing), then replays the commit
/// records of the log that the snapshot does not contain. Reads only; the caller truncates a torn tail.
/// </summary>
internal static class Recovery
{
    /// <summary>
    /// What recovery found: the graph, the last commit sequence, where the log's intact part ends, and whether
    /// a file is in an older format (then the caller checkpoints at once, so the log is rewritten in the current one).
    /// </summary>
    public sealed record Result(GraphStore Store, long LastSequence, long ValidLogLength, bool FromLegacySnapshot, int ReplayedRecords, bool FromOlderLog = false);

    /// <summary>Recovers the graph kept in <paramref name="directory"/> without writing anything.</summary>
    /// <exception cref="StoreCorruptedException">A file is damaged.</exception>
    public static Result Run(string directory, LoadProfile? profile = null)
    {
        var snapshotPath = Path.Combine(directory, SnapshotFormat.FileName);
        var legacyPath = Path.Combine(directory, SnapshotFile.FileName);
        GraphStore store;
        long lastSequence = 0;
        var legacy = false;
        if (File.Exists(snapshotPath))
        {
            (store, lastSequence) = SnapshotFormat.Load(snapshotPath, profile);
        }
        else if (File.Exists(legacyPath))
        {
            store = SnapshotFile.Load(legacyPath);
            legacy = true;
        }
        else
        {
            store = new GraphStore();
        }

        var walPath = Path.Combine(directory, WalFormat.FileName);
        if (!File.Exists(walPath))
        {
            return new Result(store, lastSequence, 0, legacy, 0);
        }

        var scan = WalFormat.Scan(walPath, File.ReadAllBytes(walPath));
        var names = store.Names;
        var replayed = 0;
        foreach (var record in scan.Records)
        {
            CommitData commit;
            try
            {
                commit = CommitCodec.Decode(record.Payload, names, scan.Version);
            }
            catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
            {
                throw new StoreCorruptedException(walPath, record.Offset, $"a commit record cannot be decoded ({ex.Message})");
            }

            if (commit.Sequence <= lastSequence)
            {
                continue; // already in the snapshot (a crash came between its rename and the log's truncation)
            }

            if (commit.Sequence != lastSequence + 1)
            {
                throw new StoreCorruptedException(walPath, record.Offset, $"commit {commit.Sequence} follows commit {lastSequence}; commits are missing");
            }

            try
            {
                var scratch = new UndoLog();
                foreach (var operation in commit.Operations)
                {
                    store.Replay(operation, scratch);
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or CypherException)
            {
                throw new StoreCorruptedException(walPath, record.Offset, $"commit {commit.Sequence} does not apply to the recovered graph ({ex.Message})");
            }

            store.RestoreNextIds(commit.NextNodeId, commit.NextRelationshipId, commit.NextSchemaId);
            lastSequence = commit.Sequence;
            replayed++;
        }

        profile?.Mark("log replay");
        return new Result(store, lastSequence, scan.ValidLength, legacy, replayed, scan.Version != WalFormat.Version);
    }
}
