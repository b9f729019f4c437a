using GraphExplorer.Cli;

return await CliApplication.RunAsync(args).ConfigureAwait(false);
