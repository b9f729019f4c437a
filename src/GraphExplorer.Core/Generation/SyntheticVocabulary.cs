namespace GraphExplorer.Core.Generation;

/// <summary>The real-world names the synthetic generator draws on: countries with ISO codes, ministries, posts, person names, topics.</summary>
internal static class SyntheticVocabulary
{
    /// <summary>Countries (English name, ISO 3166-1 alpha-2; Kosovo's user-assigned XK).</summary>
    public static readonly (string Name, string Iso)[] Countries =
    [
        ("Albania", "AL"), ("Andorra", "AD"), ("Austria", "AT"), ("Belgium", "BE"), ("Bosnia and Herzegovina", "BA"),
        ("Bulgaria", "BG"), ("Croatia", "HR"), ("Cyprus", "CY"), ("Czechia", "CZ"), ("Denmark", "DK"),
        ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"), ("Germany", "DE"), ("Greece", "GR"),
        ("Hungary", "HU"), ("Iceland", "IS"), ("Ireland", "IE"), ("Italy", "IT"), ("Kosovo", "XK"),
        ("Latvia", "LV"), ("Liechtenstein", "LI"), ("Lithuania", "LT"), ("Luxembourg", "LU"), ("Malta", "MT"),
        ("Moldova", "MD"), ("Monaco", "MC"), ("Montenegro", "ME"), ("Netherlands", "NL"), ("North Macedonia", "MK"),
        ("Norway", "NO"), ("Poland", "PL"), ("Portugal", "PT"), ("Romania", "RO"), ("San Marino", "SM"),
        ("Serbia", "RS"), ("Slovakia", "SK"), ("Slovenia", "SI"), ("Spain", "ES"), ("Sweden", "SE"),
        ("Switzerland", "CH"), ("Turkey", "TR"), ("Ukraine", "UA"), ("United Kingdom", "GB"), ("Georgia", "GE"),
        ("Armenia", "AM"), ("Azerbaijan", "AZ"), ("Canada", "CA"), ("United States", "US"), ("Japan", "JP"),
        ("Australia", "AU"), ("Brazil", "BR"), ("Mexico", "MX"), ("India", "IN"), ("South Korea", "KR"),
        ("Morocco", "MA"), ("Tunisia", "TN"), ("Egypt", "EG"), ("South Africa", "ZA"), ("Kenya", "KE"),
    ];

    /// <summary>Ministries (the policy area, used in "Ministry of … of Country") with a slug.</summary>
    public static readonly (string Area, string Slug)[] Ministries =
    [
        ("Defence", "defence"), ("Foreign Affairs", "foreign-affairs"), ("Interior", "interior"), ("Finance", "finance"),
        ("Economy", "economy"), ("Justice", "justice"), ("Health", "health"), ("Education", "education"),
        ("Energy", "energy"), ("Transport", "transport"), ("Agriculture", "agriculture"), ("Environment", "environment"),
    ];

    /// <summary>Posts in every ministry ("{0}" is the policy area).</summary>
    public static readonly (string Title, string Slug)[] Posts =
    [
        ("Minister of {0}", "minister"), ("Deputy Minister of {0}", "deputy-minister"), ("State Secretary for {0}", "state-secretary"),
        ("Secretary General of the Ministry of {0}", "secretary-general"), ("Director for {0} Policy", "director-policy"),
        ("Director for International Cooperation in {0}", "director-international"), ("Head of the {0} Budget Department", "head-budget"),
        ("Spokesperson of the Ministry of {0}", "spokesperson"),
    ];

    public static readonly string[] GivenNames =
    [
        "Ana", "Marko", "Elena", "Luka", "Maria", "Jonas", "Sofia", "Petar", "Ivana", "Tomas", "Katarina", "Andrei",
        "Laura", "Nikola", "Eva", "Mehmet", "Arben", "Besa", "Dritan", "Fatima", "Goran", "Hana", "Ilir", "Jana",
        "Klaus", "Lena", "Milan", "Nora", "Oskar", "Paula", "Rui", "Sara", "Teodor", "Una", "Viktor", "Zora",
    ];

    public static readonly string[] FamilyNames =
    [
        "Hoxha", "Kovačević", "Novak", "Horvat", "Popescu", "Nowak", "Müller", "Rossi", "García", "Silva", "Dubois",
        "Jansen", "Nielsen", "Virtanen", "Kowalski", "Petrović", "Berisha", "Krasniqi", "Gashi", "Dimitrov", "Ionescu",
        "Papadopoulos", "Yilmaz", "Andersson", "O'Brien", "Fischer", "Kuznetsova", "Tanaka", "Smith", "Moreau",
    ];

    /// <summary>Areas of cooperation declarations cover and meetings discuss.</summary>
    public static readonly string[] Topics =
    [
        "Defence capabilities", "Defence industry", "Cyber security", "Hybrid threats", "Border management", "Energy security",
        "Renewable energy", "Trade facilitation", "Customs cooperation", "Migration", "Counter-terrorism", "Judicial cooperation",
        "Public health", "Vaccine procurement", "Higher education", "Research and innovation", "Transport corridors",
        "Rail infrastructure", "Climate adaptation", "Water management", "Agricultural exports", "Food safety",
        "Euro-Atlantic integration", "EU accession", "Anti-corruption", "Tax cooperation", "Digital government",
        "Disaster response", "Joint military exercises", "Training and education", "Arms control", "Maritime security",
    ];

    public static readonly string[] DeclarationKinds = ["joint declaration", "memorandum of understanding", "agreement", "letter of intent"];

    public static readonly string[] MeetingLevels = ["ministers", "deputy ministers", "state secretaries", "directors", "experts"];

    public static readonly string[] Cities =
    [
        "Brussels", "Vienna", "Berlin", "Tirana", "Zagreb", "Pristina", "Sarajevo", "Skopje", "Belgrade", "Podgorica",
        "Ljubljana", "Rome", "Paris", "Madrid", "Lisbon", "Warsaw", "Prague", "Bratislava", "Budapest", "Bucharest",
        "Sofia", "Athens", "Ankara", "Kyiv", "Chișinău", "Riga", "Vilnius", "Tallinn", "Helsinki", "Stockholm",
    ];
}
