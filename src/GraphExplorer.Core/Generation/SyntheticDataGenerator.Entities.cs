using System.Globalization;

namespace GraphExplorer.Core.Generation;

/// <summary>Countries, ministries, posts, officials, declarations and meetings.</summary>
public sealed partial class SyntheticDataGenerator
{
    private List<Country> GenerateCountries()
    {
        var countries = new List<Country>();
        foreach (var (name, iso) in SyntheticVocabulary.Countries.Take(size.Countries))
        {
            var code = iso.ToLowerInvariant();
            var country = new Country($"country-{code}", name, []);
            Node("Country", country.Id, new() { ["name"] = name, ["isoCode"] = iso });
            foreach (var (area, slug) in SyntheticVocabulary.Ministries.Take(size.MinistriesPerCountry))
            {
                var ministryId = $"ministry-{slug}-{code}";
                Node("Ministry", ministryId, new() { ["name"] = $"Ministry of {area} of {name}" });
                Link("MINISTRY_OF", "Ministry", ministryId, "Country", country.Id);
                foreach (var (title, postSlug) in SyntheticVocabulary.Posts.Take(size.PostsPerMinistry))
                {
                    var positionId = $"position-{postSlug}-{slug}-{code}";
                    var positionTitle = string.Format(CultureInfo.InvariantCulture, title, area) + " of " + name;
                    Node("Position", positionId, new() { ["title"] = positionTitle });
                    Link("IN", "Position", positionId, "Ministry", ministryId);
                    country.Positions.Add(new Post(positionId, positionTitle, postSlug == "minister"));
                }
            }

            countries.Add(country);
        }

        return countries;
    }

    private List<string> GenerateTopics()
    {
        var topics = new List<string>();
        foreach (var name in SyntheticVocabulary.Topics)
        {
            var id = "topic-" + name.ToLowerInvariant().Replace(' ', '-');
            Node("Topic", id, new() { ["name"] = name });
            topics.Add(id);
        }

        return topics;
    }

    private Dictionary<string, List<Holder>> GenerateOfficials(List<Country> countries)
    {
        var byCountry = countries.ToDictionary(c => c.Id, _ => new List<Holder>());
        for (var i = 1; i <= size.Officials; i++)
        {
            var country = countries[i % countries.Count];
            var name = $"{Pick(SyntheticVocabulary.GivenNames)} {Pick(SyntheticVocabulary.FamilyNames)}";
            var id = $"official-{i.ToString("D6", CultureInfo.InvariantCulture)}";
            Node("Official", id, new() { ["name"] = name });
            var tenures = 1 + (_random.Next(5) == 0 ? 1 : 0);
            var since = RandomDate(2008, 2020);
            for (var t = 0; t < tenures; t++)
            {
                var post = Pick(country.Positions);
                var until = since.AddDays(365 + _random.Next(365 * 4));
                var properties = new Dictionary<string, object?> { ["since"] = Date(since) };
                if (until.Year < 2026)
                {
                    properties["until"] = Date(until);
                }

                Link("HOLDS", "Official", id, "Position", post.Id, properties);
                byCountry[country.Id].Add(new Holder(id, "Official", post.Title, post.IsMinister));
                since = until;
            }
        }

        foreach (var country in countries)
        {
            // Posts whose holder is unknown act themselves, as in the seed.
            foreach (var post in country.Positions.Where((_, index) => index % 7 == 0))
            {
                byCountry[country.Id].Add(new Holder(post.Id, "Position", post.Title, post.IsMinister));
            }
        }

        return byCountry;
    }

    private List<Declaration> GenerateDeclarations(List<Country> countries, List<string> topics)
    {
        var declarations = new List<Declaration>();
        for (var i = 1; i <= size.Declarations; i++)
        {
            var parties = countries.OrderBy(_ => _random.Next()).Take(2 + _random.Next(2)).ToList();
            var kind = Pick(SyntheticVocabulary.DeclarationKinds);
            var signedOn = RandomDate(2010, 2025);
            var id = $"declaration-{i.ToString("D5", CultureInfo.InvariantCulture)}";
            var covered = topics.OrderBy(_ => _random.Next()).Take(1 + _random.Next(4)).ToList();
            var title = $"{char.ToUpperInvariant(kind[0])}{kind[1..]} between {string.Join(", ", parties.Select(p => p.Name))} on {string.Join(" and ", covered.Select(TopicName).Take(2))}";
            Node("Declaration", id, new()
            {
                ["title"] = title,
                ["kind"] = kind,
                ["signedOn"] = Date(signedOn),
                ["summary"] = $"Synthetic {kind} of {parties.Count} parties covering {covered.Count} areas.",
            });
            foreach (var party in parties)
            {
                Link("PARTY_TO", "Country", party.Id, "Declaration", id);
                var minister = Pick(party.Positions.Where(p => p.IsMinister).ToList());
                Link("SIGNED", "Position", minister.Id, "Declaration", id, new() { ["onBehalfOf"] = party.Id, ["date"] = Date(signedOn) });
            }

            foreach (var topic in covered)
            {
                Link("COVERS", "Declaration", id, "Topic", topic);
            }

            declarations.Add(new Declaration(id, signedOn, [.. parties.Select(p => p.Id)], covered));
        }

        return declarations;
    }

    private void GenerateMeetings(List<Declaration> declarations, Dictionary<string, List<Holder>> holders, List<string> topics)
    {
        for (var i = 1; i <= size.Meetings; i++)
        {
            var declaration = Pick(declarations);
            var level = Pick(SyntheticVocabulary.MeetingLevels);
            var date = declaration.SignedOn.AddDays(30 + _random.Next(900));
            var id = $"meeting-{i.ToString("D6", CultureInfo.InvariantCulture)}";
            Node("Meeting", id, new()
            {
                ["title"] = $"Meeting of {level} on {TopicName(declaration.Topics[0])}",
                ["date"] = Date(date),
                ["level"] = level,
                ["location"] = Pick(SyntheticVocabulary.Cities),
                ["summary"] = "Synthetic meeting held on the basis of a declaration.",
            });
            Link("UNDER", "Meeting", id, "Declaration", declaration.Id);
            foreach (var topic in declaration.Topics.Concat(topics.OrderBy(_ => _random.Next()).Take(1)).Distinct().Take(4))
            {
                Link("DISCUSSED", "Meeting", id, "Topic", topic);
            }

            foreach (var countryId in declaration.Parties)
            {
                Link("TOOK_PART_IN", "Country", countryId, "Meeting", id);
                var delegation = holders[countryId].OrderBy(_ => _random.Next()).Take(1 + _random.Next(size.MaxAttendeesPerCountry)).ToList();
                for (var d = 0; d < delegation.Count; d++)
                {
                    var properties = new Dictionary<string, object?> { ["role"] = delegation[d].Role, ["delegationOf"] = countryId };
                    if (d == 0)
                    {
                        properties["headOfDelegation"] = true;
                    }

                    Link("ATTENDED", delegation[d].Label, delegation[d].Id, "Meeting", id, properties);
                }
            }
        }
    }

    private static string TopicName(string topicId) =>
        SyntheticVocabulary.Topics.First(t => "topic-" + t.ToLowerInvariant().Replace(' ', '-') == topicId).ToLowerInvariant();

    private sealed record Country(string Id, string Name, List<Post> Positions);

    private sealed record Post(string Id, string Title, bool IsMinister);

    private sealed record Holder(string Id, string Label, string Role, bool IsMinister);

    private sealed record Declaration(string Id, DateOnly SignedOn, List<string> Parties, List<string> Topics);
}
