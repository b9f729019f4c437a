"""Writes the request bodies of the three load scenarios (one JSON body a line) into the folder given."""
import base64
import json
import random
import sys

out = sys.argv[1]
rng = random.Random(5)


def gid(type_name, key):
    return base64.urlsafe_b64encode(f"{type_name}:{key}".encode()).decode().rstrip("=")


def write(name, query, variables):
    with open(f"{out}/{name}.jsonl", "w", encoding="utf-8") as f:
        for v in variables:
            f.write(json.dumps({"query": query, "variables": v}) + "\n")


officials = [rng.randrange(5000) for _ in range(2000)]
node_query = sys.argv[2] if len(sys.argv) > 2 else "node"
if node_query == "node":
    write("node", "query($id: ID!) { node(id: $id) { id ... on Official { name } } }", [{"id": gid("Official", f"official-load-{i}")} for i in officials])
else:
    write("node", "query($id: ID!) { neighborhood(id: $id, depth: 0) { nodes { id label } } }", [{"id": gid("Official", f"official-load-{i}")} for i in officials])
write("encounters",
      "query($p: String) { encounters(participant: $p, level: OFFICIAL, first: 25) { nodes { participant { id name } counterpart { id name countryName } meeting { id title date } declaration { id title } } } }",
      [{"p": gid("Official", f"official-load-{i}")} for i in officials])
write("neighborhood2",
      "query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 150) { nodes { id type label } edges { id type source target } truncated } }",
      [{"id": gid("Official", f"official-load-{i}")} for i in officials])
