// Schema of the GraphExplorer graph (Neo4j 5 syntax). Idempotent: every command says IF NOT EXISTS,
// so it runs on every start, on the embedded engine and on Neo4j alike.

// A stable string id per node, unique per label.
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ministry_id IF NOT EXISTS FOR (n:Ministry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT position_id IF NOT EXISTS FOR (n:Position) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT declaration_id IF NOT EXISTS FOR (n:Declaration) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Range indexes for the lookups the API makes: by name or title, and meetings and declarations by date.
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX country_iso_code IF NOT EXISTS FOR (n:Country) ON (n.isoCode);
CREATE INDEX ministry_name IF NOT EXISTS FOR (n:Ministry) ON (n.name);
CREATE INDEX position_title IF NOT EXISTS FOR (n:Position) ON (n.title);
CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.name);
CREATE INDEX declaration_title IF NOT EXISTS FOR (n:Declaration) ON (n.title);
CREATE INDEX declaration_signed_on IF NOT EXISTS FOR (n:Declaration) ON (n.signedOn);
CREATE INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON (n.name);
CREATE INDEX meeting_title IF NOT EXISTS FOR (n:Meeting) ON (n.title);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX source_title IF NOT EXISTS FOR (n:Source) ON (n.title);

// The fulltext index behind the API's `search`: names, titles and aliases (a list), folded (case and diacritics);
// sources are not searched. See docs/neo4j.md (search) and decision 0105.
CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS FOR (n:Country|Ministry|Position|Official|Declaration|Meeting|Topic) ON EACH [n.name, n.title, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
