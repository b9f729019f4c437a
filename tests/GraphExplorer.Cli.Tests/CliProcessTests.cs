using System.Text.Json;
using GraphExplorer.Cli.Tests.Support;
using GraphExplorer.Engine;

namespace GraphExplorer.Cli.Tests;

/// <summary>The <c>graphexplorer</c> tool end to end, as a process: arguments, exit codes and outputs.</summary>
public sealed class CliProcessTests
{
    [Fact]
    public async Task Query_list_names_every_saved_script_with_its_parameters()
    {
        using var cli = new CliRunner();
        var result = await cli.RunAsync("query", "list", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Output);
        var names = document.RootElement.EnumerateArray().Select(q => q.GetProperty("name").GetString()).ToList();
        Assert.Contains("who-met-whom", names);
        Assert.Contains("shortest-connection", names);
        var contacts = document.RootElement.EnumerateArray().Single(q => q.GetProperty("name").GetString() == "official-contacts");
        var hops = contacts.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "hops");
        Assert.Equal("Integer", hops.GetProperty("type").GetString());
        Assert.Equal(2, hops.GetProperty("default").GetInt32());
    }

    [Fact]
    public async Task Query_run_on_the_seed_prints_json_csv_and_table()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, (await cli.RunAsync("seed")).ExitCode);

        var json = await cli.RunAsync("query", "run", "official-contacts", "--param", "id=official-faruk-geci", "--param", "hops=1", "--format", "json");
        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var row = Assert.Single(document.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("position-director-defence-policy-xk", row.GetProperty("id").GetString());

        var csv = await cli.RunAsync("query", "run", "shared-agreements", "-p", "country=country-xk", "-p", "otherCountry=country-hr", "-f", "csv");
        Assert.Equal(0, csv.ExitCode);
        var lines = csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,title,kind,signedOn", lines[0]);
        Assert.StartsWith("declaration-2025-trilateral-defence,", lines[1], StringComparison.Ordinal);

        var table = await cli.RunAsync("query", "run", "who-met-whom");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("| Faruk Geci", table.Output, StringComparison.Ordinal);
        Assert.Contains("6 rows", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_parameter_is_a_usage_error_naming_it()
    {
        using var cli = new CliRunner();
        var result = await cli.RunAsync("query", "run", "official-contacts", "--param", "id=x", "--param", "depth=3");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has no parameter 'depth'", result.Error, StringComparison.Ordinal);
        Assert.Contains("id, hops", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_and_mistyped_parameters_and_unknown_scripts_are_usage_errors()
    {
        using var cli = new CliRunner();
        var missing = await cli.RunAsync("query", "run", "shared-agreements", "--param", "country=country-xk");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("needs parameter 'otherCountry'", missing.Error, StringComparison.Ordinal);

        var mistyped = await cli.RunAsync("query", "run", "official-contacts", "--param", "id=x", "--param", "hops=two");
        Assert.Equal(2, mistyped.ExitCode);
        Assert.Contains("'hops'", mistyped.Error, StringComparison.Ordinal);
        Assert.Contains("Integer", mistyped.Error, StringComparison.Ordinal);

        var unknown = await cli.RunAsync("query", "run", "no-such-query");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no saved query named 'no-such-query'", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_and_bad_option_values_exit_2()
    {
        using var cli = new CliRunner();
        Assert.Equal(2, (await cli.RunAsync("frobnicate")).ExitCode);
        Assert.Equal(2, (await cli.RunAsync("query", "run", "who-met-whom", "--format", "xml")).ExitCode);
        Assert.Equal(2, (await cli.RunAsync("query", "run", "who-met-whom", "--backend", "oracle")).ExitCode);
    }

    [Fact]
    public async Task A_script_file_that_writes_is_refused_in_read_mode()
    {
        using var cli = new CliRunner();
        var script = cli.PathOf("writes.cypher");
        await File.WriteAllTextAsync(script, "// name: writes\n// description: tries to write\n// param: name String — a name\nCREATE (:Country {id: 'x', name: $name}) RETURN 1 AS one;\n");
        var result = await cli.RunAsync("query", "run", script, "--param", "name=Atlantis");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("SAVED_QUERY_WRITE_REFUSED", result.Error, StringComparison.Ordinal);
        var count = await cli.RunAsync("cypher", "-c", "MATCH (n:Country {id: 'x'}) RETURN count(n) AS n", "-f", "csv");
        Assert.Equal("n\n0", count.Output.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Cypher_command_runs_a_statement_and_the_shell_reads_multi_line_statements_with_params()
    {
        using var cli = new CliRunner();
        var created = await cli.RunAsync("cypher", "-c", "CREATE (:Country {id: $id, name: 'Kosovo'})", "--param", "id=country-xk");
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("Nodes created: 1", created.Output, StringComparison.Ordinal);

        var shell = await cli.RunWithInputAsync(
            ":params {\"id\": \"country-xk\"}\nMATCH (c:Country)\nWHERE c.id = $id\nRETURN c.name AS name;\nRETURN 1 +;\n:history\n:exit\n",
            "cypher", "--format", "csv");
        Assert.Contains("name\nKosovo", shell.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", shell.Error, StringComparison.Ordinal);
        Assert.Equal(1, shell.ExitCode);
    }

    [Fact]
    public async Task Broken_import_file_reports_each_bad_row_with_its_line_and_imports_the_rest()
    {
        using var cli = new CliRunner();
        var file = cli.PathOf("broken.json");
        await File.WriteAllTextAsync(file, """
            {"format": "graphexplorer-import/1",
            "nodes": [
            {"label": "Country", "id": "country-xk", "properties": {"name": "Kosovo"}},
            {"label": "Country", "properties": {"name": "Nowhere"}},
            {"label": "Bad Label", "id": "x"},
            {"label": "Country", "id": "country-al", "properties": {"name": "Albania", "nested": {"a": 1}}},
            {"label": "Ministry", "id": "ministry-defence-xk", "properties": {"name": "Ministry of Defence of Kosovo"}}
            ],
            "relationships": [
            {"type": "MINISTRY_OF", "fromLabel": "Ministry", "from": "ministry-defence-xk", "toLabel": "Country", "to": "country-xk", "properties": {}},
            {"type": "MINISTRY_OF", "fromLabel": "Ministry", "from": "ministry-defence-al", "toLabel": "Country", "to": "country-al"}
            ]}
            """);
        var result = await cli.RunAsync("import", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.json:4: node has no \"id\"", result.Error, StringComparison.Ordinal);
        Assert.Contains("broken.json:5: node label 'Bad Label'", result.Error, StringComparison.Ordinal);
        Assert.Contains("broken.json:6: property 'nested'", result.Error, StringComparison.Ordinal);
        Assert.Contains("broken.json:11: MINISTRY_OF not imported", result.Error, StringComparison.Ordinal);
        Assert.Contains("Imported 2 nodes", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 relationships", result.Output, StringComparison.Ordinal);
        Assert.Contains("4 row(s) not imported", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_a_data_error_with_its_line_and_imports_nothing()
    {
        using var cli = new CliRunner();
        var file = cli.PathOf("malformed.json");
        await File.WriteAllTextAsync(file, "{\"format\": \"graphexplorer-import/1\",\n\"nodes\": [\n{\"label\": \"Country\", \"id\": \"a\"},\n{\"label\": \"Country\" \"id\": \"b\"}\n]}\n");
        var result = await cli.RunAsync("import", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("malformed.json:4:", result.Error, StringComparison.Ordinal);
        var count = await cli.RunAsync("cypher", "-c", "MATCH (n) RETURN count(n) AS n", "-f", "csv");
        Assert.Equal("n\n0", count.Output.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Csv_files_of_nodes_and_relationships_import_with_typed_columns()
    {
        using var cli = new CliRunner();
        var nodes = cli.PathOf("nodes.csv");
        var relationships = cli.PathOf("relationships.csv");
        await File.WriteAllTextAsync(nodes, "label,id,name,aliases:string[],rank:int\nCountry,country-xk,Kosovo,Republic of Kosovo;Republik Kosovo,1\nCountry,country-al,\"Albania, Republic of\",,x\nCountry,country-hr,Croatia,,3\n");
        await File.WriteAllTextAsync(relationships, "type,fromLabel,from,toLabel,to,since\nNEIGHBOUR_OF,Country,country-xk,Country,country-hr,2008\n");
        var result = await cli.RunAsync("import", nodes, relationships);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nodes.csv:3: column 'rank'", result.Error, StringComparison.Ordinal);
        var check = await cli.RunAsync("cypher", "-c", "MATCH (a:Country)-[r:NEIGHBOUR_OF]->(b) RETURN a.aliases AS aliases, a.rank AS rank, r.since AS since", "-f", "json");
        using var document = JsonDocument.Parse(check.Output);
        var row = Assert.Single(document.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(2, row.GetProperty("aliases").GetArrayLength());
        Assert.Equal(1, row.GetProperty("rank").GetInt64());
        Assert.Equal("2008", row.GetProperty("since").GetString());
    }

    [Fact]
    public async Task Export_then_import_gives_the_same_graph_and_importing_twice_changes_nothing()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, (await cli.RunAsync("seed")).ExitCode);
        Assert.Equal(0, (await cli.RunAsync("export", "--out", "first.json")).ExitCode);

        var other = new[] { "--data-dir", cli.PathOf("other") };
        Assert.Equal(0, (await cli.RunAsync(["import", "first.json", .. other])).ExitCode);
        var again = await cli.RunAsync(["import", "first.json", .. other]);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("(0 new)", again.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await cli.RunAsync(["export", "--out", "second.json", .. other])).ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(cli.PathOf("first.json")), await File.ReadAllTextAsync(cli.PathOf("second.json")));
    }

    [Fact]
    public async Task Export_of_a_neighbourhood_as_graphml_holds_the_nodes_within_depth()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, (await cli.RunAsync("seed")).ExitCode);
        var result = await cli.RunAsync("export", "--neighborhood", "official-faruk-geci", "--depth", "1", "--format", "graphml");
        Assert.Equal(0, result.ExitCode);
        var xml = System.Xml.Linq.XDocument.Parse(result.Output);
        System.Xml.Linq.XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var ids = xml.Descendants(ns + "node").Select(n => (string)n.Attribute("id")!).Order().ToList();
        Assert.Equal(
            ["Meeting:meeting-trilateral-directors-defence-policy-armament", "Official:official-faruk-geci",
             "Position:position-director-defence-policy-xk", "Source:source-875d67dad5e79e69"],
            ids);
        Assert.Equal(5, xml.Descendants(ns + "edge").Count());
    }

    [Fact]
    public async Task Generate_is_deterministic_and_marked_synthetic()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, (await cli.RunAsync("generate", "--size", "demo", "--seed", "3", "--out", "a.json")).ExitCode);
        Assert.Equal(0, (await cli.RunAsync("generate", "--size", "demo", "--seed", "3", "--out", "b.json")).ExitCode);
        var a = await File.ReadAllTextAsync(cli.PathOf("a.json"));
        Assert.Equal(a, await File.ReadAllTextAsync(cli.PathOf("b.json")));
        Assert.Contains("\"label\":\"Source\",\"id\":\"source-synthetic-3\"", a, StringComparison.Ordinal);
        Assert.Contains("synthetic", a, StringComparison.Ordinal);
        Assert.Contains("\"isoCode\":\"XK\"", a, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_folder_held_by_another_process_and_an_unreachable_neo4j_exit_3()
    {
        using var cli = new CliRunner();
        await using (EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = cli.PathOf("data") }))
        {
            var locked = await cli.RunAsync("cypher", "-c", "RETURN 1");
            Assert.Equal(3, locked.ExitCode);
        }

        var neo4j = await cli.RunAsync("cypher", "-c", "RETURN 1", "--backend", "neo4j", "--neo4j-uri", "http://127.0.0.1:9", "--timeout", "5");
        Assert.True(neo4j.ExitCode == 3, neo4j.ToString());
    }
}
