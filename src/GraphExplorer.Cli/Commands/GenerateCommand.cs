using System.CommandLine;
using GraphExplorer.Core.Generation;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>generate</c>: a deterministic synthetic dataset in the JSON import format.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var size = new Option<string>("--size") { Description = "demo (thousands of nodes, default) or benchmark (~100k nodes, ~1M relationships).", DefaultValueFactory = _ => "demo" }
            .AcceptOnlyFromAmong("demo", "benchmark");
        var seed = new Option<int>("--seed") { Description = "The random seed (same seed, same data; default 1).", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out", "-o") { Description = "The file to write.", Required = true };
        var generate = new Command("generate", "Writes a synthetic, realistic dataset (marked synthetic in its Source) as an import document.") { size, seed, output };
        generate.SetAction(CliApplication.Guard(async (parse, cancellationToken) =>
        {
            var generator = new SyntheticDataGenerator(SyntheticSize.Named(parse.GetValue(size)!)!, parse.GetValue(seed));
            var stream = File.Create(parse.GetValue(output)!);
            await using (stream.ConfigureAwait(false))
            {
                await generator.WriteAsync(stream, cancellationToken).ConfigureAwait(false);
            }

            var (nodes, relationships) = generator.Counts;
            Console.WriteLine($"Wrote {nodes:N0} nodes and {relationships:N0} relationships to {parse.GetValue(output)}.");
            return ExitCodes.Ok;
        }));
        return generate;
    }
}
