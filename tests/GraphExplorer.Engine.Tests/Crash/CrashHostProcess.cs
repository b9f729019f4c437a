using System.Diagnostics;

namespace GraphExplorer.Engine.Tests.Crash;

/// <summary>Starts the crash-test child process (tests/GraphExplorer.Engine.CrashHost) and follows its acknowledgements.</summary>
internal sealed class CrashHostProcess : IDisposable
{
    private const string AssemblyName = "GraphExplorer.Engine.CrashHost";
    private readonly Process _process;
    private readonly TaskCompletionSource<long> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastAcknowledged = -1;

    private CrashHostProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The last commit number the child reported as acknowledged (-1 before any).</summary>
    public long LastAcknowledged => Interlocked.Read(ref _lastAcknowledged);

    public static CrashHostProcess Start(string dataDirectory, long checkpointLogBytes)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Locate());
        info.ArgumentList.Add(dataDirectory);
        info.ArgumentList.Add(checkpointLogBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = new Process { StartInfo = info };
        var host = new CrashHostProcess(process);
        process.OutputDataReceived += (_, e) => host.OnLine(e.Data);
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until the child has recovered its store and reports the commit number it starts after.</summary>
    public async Task<long> WaitReadyAsync(TimeSpan timeout)
    {
        var finished = await Task.WhenAny(_ready.Task, Task.Delay(timeout)).ConfigureAwait(false);
        if (finished != _ready.Task)
        {
            throw new TimeoutException($"the crash host did not start within {timeout} (exited: {_process.HasExited})");
        }

        return await _ready.Task.ConfigureAwait(false);
    }

    /// <summary>Kills the child with SIGKILL and waits until its output is drained.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static string Locate()
    {
        // Beside the test assembly in the artifacts layout (…/bin/<project>/<config>/), or in the project's own bin/.
        var testDirectory = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var configuration = Path.GetFileName(testDirectory);
        var candidates = new List<string>
        {
            Path.Combine(testDirectory, "..", "..", AssemblyName, configuration, AssemblyName + ".dll"),
        };
        for (var directory = new DirectoryInfo(testDirectory); directory is not null; directory = directory.Parent)
        {
            var project = Path.Combine(directory.FullName, "tests", AssemblyName, "bin");
            if (Directory.Exists(project))
            {
                candidates.AddRange(Directory.EnumerateFiles(project, AssemblyName + ".dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc));
            }
        }

        return candidates.Select(Path.GetFullPath).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"The crash host is not built. Build tests/{AssemblyName} (the solution build does) before running the crash tests. Looked in: {string.Join(", ", candidates)}");
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith("ready ", StringComparison.Ordinal))
        {
            _ready.TrySetResult(long.Parse(line[6..], System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (line.StartsWith("ack ", StringComparison.Ordinal))
        {
            Interlocked.Exchange(ref _lastAcknowledged, long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
