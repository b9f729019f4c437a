namespace GraphExplorer.Core.Entities;

/// <summary>The labels, relationships and relationship fields of the model (docs/data-model.md).</summary>
public static partial class EntityCatalog
{
    private static readonly PropertySpec Aliases = new("aliases", PropertyKind.StringList, "Other names people may search for.");

    /// <summary>The eight labels of the model.</summary>
    public static IReadOnlyList<EntitySpec> Entities { get; } =
    [
        new("Country", "A country (or territory) with its ISO code.",
            [new("name", PropertyKind.String, "The country's name in English."),
             new("isoCode", PropertyKind.String, "ISO 3166-1 alpha-2 code; Kosovo uses the user-assigned `XK`."),
             Aliases], "name"),
        new("Ministry", "A public body of a country.",
            [new("name", PropertyKind.String, "The ministry's name in English."), Aliases], "name"),
        new("Position", "A post in a ministry; it exists whether or not its holder is known.",
            [new("title", PropertyKind.String, "The post's title.")], "title"),
        new("Official", "A person named by a source.",
            [new("name", PropertyKind.String, "The person's name as the source spells it."), Aliases], "name"),
        new("Declaration", "An agreement or declaration signed by officials or posts on behalf of countries.",
            [new("title", PropertyKind.String, "The declaration's title."),
             new("kind", PropertyKind.String, "What kind of document it is, e.g. `joint declaration`."),
             new("signedOn", PropertyKind.String, "When it was signed: a date, possibly partial (`2025`, `2025-06`)."),
             new("summary", PropertyKind.String, "What it sets out.")], "title"),
        new("Topic", "An area of cooperation or a subject discussed.",
            [new("name", PropertyKind.String, "The topic in a few words.")], "name"),
        new("Meeting", "A meeting of delegations.",
            [new("title", PropertyKind.String, "The meeting's title."),
             new("date", PropertyKind.String, "When it took place: a date, possibly partial."),
             new("level", PropertyKind.String, "The level of the participants, e.g. `directors for defence policy and armament`."),
             new("location", PropertyKind.String, "Where it took place."),
             new("summary", PropertyKind.String, "What happened.")], "title"),
        new("Source", "A document facts come from.",
            [new("title", PropertyKind.String, "The document's title."),
             new("publisher", PropertyKind.String, "Who published it."),
             new("url", PropertyKind.String, "Where it can be read."),
             new("language", PropertyKind.String, "Its language as an ISO 639-1 code."),
             new("publishedOn", PropertyKind.String, "When it was published."),
             new("retrievedAt", PropertyKind.String, "When it was retrieved.")], "title"),
    ];

    /// <summary>Every relationship type of the model.</summary>
    public static IReadOnlyList<RelationshipSpec> Relationships { get; } =
    [
        new("MinistryOf", "MINISTRY_OF", ["Ministry"], ["Country"], [], "The ministry is a body of the country."),
        new("In", "IN", ["Position"], ["Ministry"], [], "The post belongs to the ministry."),
        new("Holds", "HOLDS", ["Official"], ["Position"],
            [new("since", PropertyKind.String, "Start of the tenure, possibly partial; absent when unknown."),
             new("until", PropertyKind.String, "End of the tenure, possibly partial; absent when unknown or ongoing.")],
            "The official holds (or held) the post."),
        new("Signed", "SIGNED", ["Official", "Position"], ["Declaration"],
            [new("onBehalfOf", PropertyKind.String, "The id of the country signed for."),
             new("date", PropertyKind.String, "When it was signed, possibly partial.")],
            "The official or post signed the declaration."),
        new("PartyTo", "PARTY_TO", ["Country"], ["Declaration"], [], "The country is a party to the declaration."),
        new("Covers", "COVERS", ["Declaration"], ["Topic"], [], "The declaration sets this area of cooperation."),
        new("Attended", "ATTENDED", ["Official", "Position"], ["Meeting"],
            [new("role", PropertyKind.String, "The participant's role at the meeting."),
             new("delegationOf", PropertyKind.String, "The id of the country whose delegation the participant was in."),
             new("headOfDelegation", PropertyKind.Boolean, "True when a source says the participant led the delegation.")],
            "The official or post attended the meeting."),
        new("TookPartIn", "TOOK_PART_IN", ["Country"], ["Meeting"], [], "The country sent a delegation to the meeting."),
        new("Under", "UNDER", ["Meeting"], ["Declaration"], [], "The meeting was held on the basis of the declaration."),
        new("Discussed", "DISCUSSED", ["Meeting"], ["Topic"], [], "The topic was discussed at the meeting."),
        new("Announced", "ANNOUNCED", ["Ministry"], ["Meeting"], [], "The ministry made the meeting public."),
        new("SourcedFrom", "SOURCED_FROM", [.. Entities.Select(e => e.Label).Where(l => l != "Source")], ["Source"], [], "The source supports the node."),
    ];

    /// <summary>Every relationship field, both ways.</summary>
    public static IReadOnlyList<RelationshipField> Fields { get; } = BuildFields();

    private static List<RelationshipField> BuildFields()
    {
        var fields = new List<RelationshipField>();
        void Out(string owner, string field, string rel, string description, bool single = false) =>
            fields.Add(new(owner, field, Relationship(rel)!, RelationshipDirection.Outgoing, Relationship(rel)!.ToLabels, single, description));
        void In(string owner, string field, string rel, string description) =>
            fields.Add(new(owner, field, Relationship(rel)!, RelationshipDirection.Incoming, Relationship(rel)!.FromLabels, false, description));

        In("Country", "ministries", "MINISTRY_OF", "The country's ministries.");
        Out("Country", "declarations", "PARTY_TO", "The declarations the country is a party to.");
        Out("Country", "meetings", "TOOK_PART_IN", "The meetings the country sent a delegation to.");
        Out("Ministry", "country", "MINISTRY_OF", "The country the ministry belongs to.", single: true);
        In("Ministry", "positions", "IN", "The posts in the ministry.");
        Out("Ministry", "announcedMeetings", "ANNOUNCED", "The meetings the ministry made public.");
        Out("Position", "ministry", "IN", "The ministry the post belongs to.", single: true);
        In("Position", "holders", "HOLDS", "The officials who hold or held the post, with their tenure.");
        Out("Position", "signed", "SIGNED", "The declarations the post signed (when its holder is not named).");
        Out("Position", "attended", "ATTENDED", "The meetings the post attended (when its holder is not named).");
        Out("Official", "positions", "HOLDS", "The posts the official holds or held, with the tenure.");
        Out("Official", "signed", "SIGNED", "The declarations the official signed.");
        Out("Official", "attended", "ATTENDED", "The meetings the official attended, with the role.");
        In("Declaration", "signatories", "SIGNED", "Who signed the declaration: officials, or posts when the holder is not named.");
        In("Declaration", "parties", "PARTY_TO", "The countries party to the declaration.");
        In("Declaration", "meetings", "UNDER", "The meetings held on the basis of the declaration.");
        Out("Declaration", "topics", "COVERS", "The areas of cooperation the declaration sets.");
        In("Topic", "declarations", "COVERS", "The declarations that set this area.");
        In("Topic", "meetings", "DISCUSSED", "The meetings that discussed the topic.");
        In("Meeting", "participants", "ATTENDED", "Who attended: officials, or posts when the holder is not named, with role and delegation.");
        In("Meeting", "countries", "TOOK_PART_IN", "The countries that sent a delegation.");
        Out("Meeting", "declaration", "UNDER", "The declaration the meeting was held under, if any.", single: true);
        Out("Meeting", "topics", "DISCUSSED", "The topics discussed.");
        In("Meeting", "announcedBy", "ANNOUNCED", "The ministries that made the meeting public.");
        foreach (var entity in Entities.Where(e => e.Label != "Source"))
        {
            Out(entity.Label, "sources", "SOURCED_FROM", "The sources supporting this entity.");
        }

        fields.Add(new("Source", "subjects", Relationship("SOURCED_FROM")!, RelationshipDirection.Incoming,
            Relationship("SOURCED_FROM")!.FromLabels, false, "The entities this source supports."));
        return fields;
    }
}
