namespace GraphExplorer.Core.Setup;

/// <summary>What <see cref="DatabaseInitializer.InitializeAsync"/> applied.</summary>
/// <param name="SchemaStatements">How many statements of <c>schema.cypher</c> ran (all of them, every time).</param>
/// <param name="SeedStatements">How many seed statements ran; 0 when the graph already had data.</param>
/// <param name="Seeded">Whether the seed files were applied (the graph was empty and there were seed files).</param>
public sealed record InitializationReport(int SchemaStatements, int SeedStatements, bool Seeded);
