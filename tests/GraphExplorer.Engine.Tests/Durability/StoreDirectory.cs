using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine.Tests.Durability;

/// <summary>A fresh data directory for one test, deleted afterwards, with helpers to open, crash and inspect it.</summary>
internal sealed class StoreDirectory : IDisposable
{
    public StoreDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graphexplorer-durability", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string WalPath => System.IO.Path.Combine(Path, WalFormat.FileName);

    public string SnapshotPath => System.IO.Path.Combine(Path, SnapshotFormat.FileName);

    public EmbeddedOptions Options(IStorageFaults? faults = null, DurabilityMode durability = DurabilityMode.Full) =>
        new() { DataDirectory = Path, Faults = faults, Durability = durability };

    public EmbeddedGraphDatabase Open(IStorageFaults? faults = null, DurabilityMode durability = DurabilityMode.Full) =>
        EmbeddedGraphDatabase.Open(Options(faults, durability));

    public static void AssertConsistent(EmbeddedGraphDatabase database)
    {
        var problems = StoreConsistencyChecker.Check(database.Store);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}

/// <summary>A fault hook that throws once when the write path reaches a chosen point.</summary>
internal sealed class FaultAt(FaultPoint point, Func<Exception> fault) : IStorageFaults
{
    public bool Armed { get; set; }

    public bool Fired { get; private set; }

    public void At(FaultPoint reached)
    {
        if (Armed && reached == point)
        {
            Armed = false;
            Fired = true;
            throw fault();
        }
    }
}

/// <summary>What a fault hook throws to play a crash: the engine does no clean-up for it.</summary>
internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("simulated crash")
    {
    }
}
