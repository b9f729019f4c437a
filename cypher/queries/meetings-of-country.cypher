// name: meetings-of-country
// description: Meetings a country sent a delegation to, given by its id, name or one of its aliases (case-insensitive), with the other countries that took part.
// param: country String — the country's id (`country-xk`), name or alias (`Kosovo`, `Republik Kosovo`)
// read-only: true
MATCH (c:Country)-[:TOOK_PART_IN]->(m:Meeting)
WHERE c.id = $country
   OR toLower(c.name) = toLower($country)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($country))
OPTIONAL MATCH (other:Country)-[:TOOK_PART_IN]->(m)
WHERE other <> c
WITH c, m, other
ORDER BY other.name
WITH c, m, collect(other.name) AS others
RETURN c.id AS country, m.id AS meeting, m.title AS title, m.date AS date, others
ORDER BY date, meeting;
