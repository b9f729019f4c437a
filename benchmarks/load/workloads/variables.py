"""Writes the request bodies of each workload (one JSON body a line) for one server.

Usage: variables.py <dataset.json> <server base URL> <out folder> <tag>
Each workload is workloads/<name>.graphql plus the function below with the same name (dashes as underscores)
that returns the list of variable sets; a workload without a function is sent without variables. The deep page
asks the server for its own cursor, so the bodies of that workload differ between servers.
"""
import base64
import json
import os
import random
import sys
import urllib.request

here = os.path.dirname(os.path.abspath(__file__))
dataset, server, out, tag = sys.argv[1:5]
rng = random.Random(13)
COUNT = 2000


def gid(label, key):
    return base64.urlsafe_b64encode(f"{label}:{key}".encode()).decode().rstrip("=")


def post(query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(server + "/graphql", body, {"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)


with open(dataset, encoding="utf-8") as f:
    nodes = json.load(f)["nodes"]
officials = [n for n in nodes if n["label"] == "Official"]
countries = [n["id"] for n in nodes if n["label"] == "Country"]
surnames = sorted({n["properties"]["name"].split()[-1] for n in officials if n["properties"].get("name")})


def pick_officials():
    return [gid("Official", rng.choice(officials)["id"]) for _ in range(COUNT)]


def w1_node_3_hops():
    return [{"id": i} for i in pick_officials()]


def deep_page():
    # The cursor of the 21st item from the end: the page after it is the last 20 items.
    answer = post("{ officials(last: 21) { edges { cursor } } }")
    return [{"after": answer["data"]["officials"]["edges"][0]["cursor"]}]


def search():
    return [{"text": rng.choice(surnames)} for _ in range(COUNT)]


def encounters_country():
    return [{"participant": rng.choice(countries)} for _ in range(COUNT)]


def neighborhood():
    return [{"id": i} for i in pick_officials()]


def paths():
    return [{"from": a, "to": b} for a, b in zip(pick_officials(), pick_officials())]


for file in sorted(os.listdir(here)):
    if not file.endswith(".graphql"):
        continue
    name = file[: -len(".graphql")]
    with open(os.path.join(here, file), encoding="utf-8") as f:
        query = f.read()
    generator = globals().get(name.replace("-", "_"))
    sets = generator() if generator else [{}]
    with open(os.path.join(out, f"{name}.{tag}.jsonl"), "w", encoding="utf-8") as f:
        for variables in sets:
            f.write(json.dumps({"query": query, "variables": variables}) + "\n")
