using GraphExplorer.Engine;
using GraphExplorer.Engine.CrashHost;

// The child process of the SIGKILL crash test: commits in a loop on a data directory and prints
// "ack <n>" after commit n is acknowledged, until it is killed. Usage: <data directory> [checkpoint log bytes]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: GraphExplorer.Engine.CrashHost <data directory> [checkpoint log bytes]");
    return 2;
}

var options = new EmbeddedOptions
{
    DataDirectory = args[0],
    CheckpointLogBytes = args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 64 * 1024,
};
await using var database = EmbeddedGraphDatabase.Open(options);
await CommitLoop.RunAsync(database, Console.Out).ConfigureAwait(false);
return 0;
