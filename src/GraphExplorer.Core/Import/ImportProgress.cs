namespace GraphExplorer.Core.Import;

/// <summary>How far an import has come: rows written (or rejected) out of all rows.</summary>
public readonly record struct ImportProgress(long Done, long Total);
