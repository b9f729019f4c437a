using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Execution;

/// <summary>
/// Checks the <c>OPTIONS</c> of <c>CREATE FULLTEXT INDEX</c> as Neo4j 5 does: <c>indexProvider</c> (<c>'fulltext-1.0'</c>) and
/// <c>indexConfig</c> with <c>`fulltext.analyzer`</c> (one of Neo4j's analyzer names) and <c>`fulltext.eventually_consistent`</c>.
/// The engine indexes with one analyzer whatever is named (<c>standard-folding</c>: Unicode words, lower case, Latin
/// diacritics folded; decision 0091), so the option is accepted, checked and otherwise without effect.
/// </summary>
internal static class FulltextIndexOptions
{
    /// <summary>What <c>SHOW INDEXES</c> reports in <c>options</c> for every fulltext index.</summary>
    public static IReadOnlyDictionary<string, object?> Shown { get; } = new Dictionary<string, object?>
    {
        ["indexProvider"] = "fulltext-1.0",
        ["indexConfig"] = new Dictionary<string, object?> { ["fulltext.analyzer"] = "standard-folding", ["fulltext.eventually_consistent"] = false },
    };

    /// <summary><see cref="Shown"/> as the <c>OPTIONS</c> clause of the index's <c>createStatement</c>.</summary>
    public const string ShownText = "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}, indexProvider: 'fulltext-1.0'}";

    private static readonly HashSet<string> Analyzers = new(
        [
            "standard-folding", "standard-no-stop-words", "standard", "simple", "whitespace", "unicode_whitespace", "keyword", "stop",
            "classic", "email", "url_or_email", "arabic", "armenian", "basque", "bengali", "brazilian", "bulgarian", "catalan", "cjk",
            "czech", "danish", "dutch", "english", "finnish", "french", "galician", "german", "greek", "hindi", "hungarian",
            "indonesian", "irish", "italian", "latvian", "lithuanian", "norwegian", "persian", "portuguese", "romanian", "russian",
            "sorani", "spanish", "swedish", "thai", "turkish",
        ],
        StringComparer.Ordinal);

    /// <summary>Throws <c>Neo.ClientError.Statement.ArgumentError</c> for an option Neo4j would refuse.</summary>
    public static void Validate(CreateIndexCommand command)
    {
        if (command.Kind != IndexKind.Fulltext || command.Options is null)
        {
            return;
        }

        foreach (var (key, value) in Entries(command.Options, "OPTIONS"))
        {
            switch (key)
            {
                case "indexProvider" when Literal(value) is "fulltext-1.0":
                    break;
                case "indexProvider":
                    throw Invalid($"Could not create fulltext index with specified index provider '{Literal(value)}'. To create fulltext index, please use 'fulltext-1.0'.");
                case "indexConfig":
                    ValidateConfig(value);
                    break;
                default:
                    throw Invalid($"Failed to create fulltext index: Invalid option provided, valid options are `indexProvider` and `indexConfig`.");
            }
        }
    }

    private static void ValidateConfig(Expression config)
    {
        foreach (var (key, value) in Entries(config, "indexConfig"))
        {
            var literal = Literal(value);
            var valid = key switch
            {
                "fulltext.analyzer" => literal is string name && Analyzers.Contains(name),
                "fulltext.eventually_consistent" => literal is bool,
                _ => false,
            };
            if (!valid)
            {
                throw Invalid($"Could not create fulltext index with specified index config '{{{key}: {literal ?? "null"}}}': "
                    + (key == "fulltext.analyzer" ? $"'{literal}' is not a known analyzer." : $"'{key}' is not a valid fulltext setting."));
            }
        }
    }

    private static IReadOnlyList<KeyValuePair<string, Expression>> Entries(Expression expression, string what) =>
        expression is MapExpression map ? map.Entries : throw Invalid($"Could not create fulltext index: {what} must be a map.");

    private static object? Literal(Expression expression) => expression is LiteralExpression literal ? literal.Value : null;

    private static CypherException Invalid(string message) => new(StatusCodes.ArgumentError, message, ErrorPhase.Runtime);
}
