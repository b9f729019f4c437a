namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>A step of the write path where a test can inject a fault.</summary>
internal enum FaultPoint
{
    /// <summary>A commit record is encoded; nothing is written yet.</summary>
    BeforeWalAppend,

    /// <summary>Half of a commit record's bytes have been written to the log.</summary>
    MidRecord,

    /// <summary>The whole commit record is written (not yet flushed to disk).</summary>
    AfterWalAppend,

    /// <summary>Just before the log is flushed to disk (Full durability).</summary>
    BeforeFsync,

    /// <summary>The log is flushed; the commit is not yet acknowledged.</summary>
    AfterFsync,

    /// <summary>Half of a snapshot's bytes have been written to its temporary file.</summary>
    MidSnapshot,

    /// <summary>The temporary snapshot is complete and flushed, not yet renamed.</summary>
    BeforeRename,

    /// <summary>The snapshot is renamed into place; the log is not yet truncated.</summary>
    AfterRename,
}

/// <summary>
/// A hook into the storage write path for tests: <see cref="At"/> is called at each <see cref="FaultPoint"/>
/// and may throw — an <see cref="IOException"/> to play a fault of the environment (the engine cleans up and
/// stays usable), any other exception to play a crash (the engine does no clean-up; the test abandons it).
/// </summary>
internal interface IStorageFaults
{
    /// <summary>Called when the write path reaches <paramref name="point"/>.</summary>
    void At(FaultPoint point);
}
