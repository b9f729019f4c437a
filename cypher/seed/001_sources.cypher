// The documents the seed facts come from. Each later node links to its source with SOURCED_FROM,
// and each relationship lists its sources' ids in `sources`.

// The German-language news report headed "DE Balkani" (../shared/seed/000_875d67dad5e79e69.txt).
// Its URL, publication date and retrieval time are not known, so they are left out.
MERGE (s:Source {id: 'source-875d67dad5e79e69'})
ON CREATE SET
    s.title = 'Kosovo, Albanien und Kroatien sprechen über eine Zusammenarbeit im Bereich der Verteidigung',
    s.publisher = 'DE Balkani',
    s.language = 'de';
