using System.Diagnostics;
using System.Reflection;

namespace GraphExplorer.Cli.Tests.Support;

/// <summary>Runs <c>graphexplorer</c> as a process (<c>dotnet graphexplorer.dll …</c>) in a temporary folder.</summary>
internal sealed class CliRunner : IDisposable
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public CliRunner()
    {
        WorkingDirectory = Path.Combine(Path.GetTempPath(), "graphexplorer-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(WorkingDirectory);
    }

    /// <summary>The process's working directory, deleted on dispose.</summary>
    public string WorkingDirectory { get; }

    /// <summary>The repository's cypher/ folder.</summary>
    public static string CypherDirectory => Path.Combine(Root.Value, "cypher");

    /// <summary>A path inside the working directory.</summary>
    public string PathOf(string name) => Path.Combine(WorkingDirectory, name);

    /// <summary>Runs the tool with <paramref name="args"/> (and <paramref name="input"/> on stdin) and waits for it.</summary>
    public async Task<CliResult> RunWithInputAsync(string? input, params string[] args)
    {
        var dll = Path.Combine(Path.GetDirectoryName(typeof(CliApplication).Assembly.Location)!, "graphexplorer.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GRAPHEXPLORER_CYPHER_DIR"] = CypherDirectory;
        start.Environment["GRAPHEXPLORER_DATA_DIR"] = PathOf("data");
        start.Environment["HOME"] = WorkingDirectory;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs the tool with no input.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln")))
            {
                return directory.FullName;
            }
        }

        return typeof(CliRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
    }
}

/// <summary>What a run of the tool produced.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
