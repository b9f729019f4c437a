namespace GraphExplorer.Api.GraphQL.Models;

/// <summary>The GraphQL shape of a meeting.</summary>
internal sealed class MeetingModel
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Date { get; set; }

    public string? Level { get; set; }

    public string? Location { get; set; }

    public string? Summary { get; set; }
}
