using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace GraphExplorer.Neo4j.Tests.Deployment;

/// <summary>No Docker engine runs here: the compose file is parsed and checked, and the Dockerfile's paths must exist.</summary>
public sealed partial class DockerComposeTests
{
    private static readonly string _root = FindRepositoryRoot();
    private static readonly YamlMappingNode _compose = LoadCompose();

    [Fact]
    public void Neo4j_service_runs_5_26_community_with_auth_from_the_env_file()
    {
        var neo4j = Service("neo4j");

        Assert.Equal("neo4j:5.26-community", Scalar(neo4j, "image"));
        var auth = Scalar(Map(neo4j, "environment"), "NEO4J_AUTH");
        Assert.Contains("${NEO4J_PASSWORD", auth, StringComparison.Ordinal);
        Assert.DoesNotMatch("^neo4j/[^$]", auth);
    }

    [Fact]
    public void Neo4j_service_publishes_http_and_bolt_and_keeps_data_in_volumes()
    {
        var neo4j = Service("neo4j");

        Assert.Contains("7474:7474", Sequence(neo4j, "ports"));
        Assert.Contains("7687:7687", Sequence(neo4j, "ports"));
        Assert.Contains("neo4j-data:/data", Sequence(neo4j, "volumes"));
        Assert.True(Map(_compose, "volumes").Children.ContainsKey(new YamlScalarNode("neo4j-data")));
    }

    [Fact]
    public void Neo4j_service_sets_memory_and_a_cypher_healthcheck()
    {
        var neo4j = Service("neo4j");
        var environment = Map(neo4j, "environment");

        Assert.Contains("NEO4J_server_memory_heap_max__size", environment.Children.Keys.Select(k => k.ToString()));
        Assert.Contains("NEO4J_server_memory_pagecache_size", environment.Children.Keys.Select(k => k.ToString()));
        var healthcheck = Map(neo4j, "healthcheck");
        Assert.Contains("cypher-shell", string.Join(" ", Sequence(healthcheck, "test")), StringComparison.Ordinal);
        Assert.NotNull(Scalar(healthcheck, "interval"));
        Assert.NotNull(Scalar(healthcheck, "retries"));
    }

    [Fact]
    public void Api_waits_for_a_healthy_neo4j_and_is_configured_for_it()
    {
        var api = Service("api");

        Assert.Equal(".", Scalar(api, "build"));
        Assert.Contains("8080:8080", Sequence(api, "ports"));
        Assert.Equal("service_healthy", Scalar(Map(Map(api, "depends_on"), "neo4j"), "condition"));
        var environment = Map(api, "environment");
        Assert.Equal("Neo4j", Scalar(environment, "GraphExplorer__Backend"));
        Assert.Equal("http://neo4j:7474", Scalar(environment, "Neo4j__Uri"));
        Assert.Equal("neo4j", Scalar(environment, "Neo4j__Database"));
        Assert.Contains("${NEO4J_PASSWORD", Scalar(environment, "Neo4j__Password"), StringComparison.Ordinal);
    }

    [Fact]
    public void Env_example_names_every_variable_the_compose_file_requires_and_holds_no_real_secret()
    {
        var example = File.ReadAllLines(Path.Combine(_root, ".env.example"))
            .Where(line => line.Contains('=', StringComparison.Ordinal) && !line.TrimStart().StartsWith('#'))
            .ToDictionary(line => line[..line.IndexOf('=', StringComparison.Ordinal)], line => line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var required = RequiredVariable().Matches(File.ReadAllText(Path.Combine(_root, "docker-compose.yml"))).Select(m => m.Groups[1].Value).Distinct();

        Assert.All(required, name => Assert.True(example.ContainsKey(name), $"{name} is missing from .env.example"));
        Assert.StartsWith("change-me", example["NEO4J_PASSWORD"], StringComparison.Ordinal);
        Assert.Contains(".env", File.ReadAllLines(Path.Combine(_root, ".dockerignore")));
    }

    [Fact]
    public void Dockerfile_builds_with_the_sdk_and_npm_and_runs_on_aspnet_from_paths_that_exist()
    {
        var dockerfile = File.ReadAllText(Path.Combine(_root, "Dockerfile"));

        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build", dockerfile);
        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0", dockerfile);
        Assert.Contains("npm", dockerfile, StringComparison.Ordinal);
        var published = PublishedProject().Match(dockerfile);
        Assert.True(published.Success, "The Dockerfile publishes no project.");
        var project = Path.Combine(_root, published.Groups[1].Value);
        Assert.True(Directory.Exists(project) || File.Exists(project), $"{published.Groups[1].Value} does not exist.");
        foreach (Match copy in CopyFromContext().Matches(dockerfile))
        {
            var source = copy.Groups[1].Value;
            Assert.True(source == "." || File.Exists(Path.Combine(_root, source)) || Directory.Exists(Path.Combine(_root, source)), $"COPY source {source} does not exist.");
        }

        Assert.Contains("GraphExplorer.Api.dll", dockerfile, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_root, "src", "GraphExplorer.Api", "ide", "package-lock.json")));
    }

    private static YamlMappingNode Service(string name) => Map(Map(_compose, "services"), name);

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static List<string> Sequence(YamlMappingNode node, string key) =>
        [.. ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Select(child => ((YamlScalarNode)child).Value!)];

    private static YamlMappingNode LoadCompose()
    {
        using var reader = new StreamReader(Path.Combine(_root, "docker-compose.yml"));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string FindRepositoryRoot()
    {
        var fromBuild = typeof(DockerComposeTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "RepositoryRoot")?.Value;
        for (var directory = new DirectoryInfo(fromBuild ?? AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (GraphExplorer.sln) was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\$\{(\w+):\?")]
    private static partial Regex RequiredVariable();

    [GeneratedRegex(@"dotnet publish (\S+)")]
    private static partial Regex PublishedProject();

    [GeneratedRegex(@"^COPY (?!--from)(\S+) ", RegexOptions.Multiline)]
    private static partial Regex CopyFromContext();
}
