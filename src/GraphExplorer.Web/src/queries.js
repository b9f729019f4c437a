// The operations the page sends. Optional arguments are sent only when the server declares them.

import { request } from './api.js';
import { decodeGlobalId } from './entityTypes.js';

const GRAPH_FIELDS = `nodes { id type label properties } edges { id type source target properties } truncated`;

/** Builds an operation from the arguments that have a value and that the server knows. */
function operation(capabilities, name, field, args, selection) {
  const declared = [];
  const passed = [];
  const variables = {};
  for (const [argument, { value, type }] of Object.entries(args)) {
    if (value === undefined || value === null || value === '') continue;
    if (!capabilities.has(field, argument)) continue;
    declared.push(`$${argument}: ${capabilities.argumentType(field, argument, type)}`);
    passed.push(`${argument}: $${argument}`);
    variables[argument] = value;
  }
  const signature = declared.length > 0 ? `(${declared.join(', ')})` : '';
  const call = passed.length > 0 ? `(${passed.join(', ')})` : '';
  return { text: `query ${name}${signature} { result: ${field}${call} { ${selection} } }`, variables };
}

async function run(capabilities, name, field, args, selection, signal) {
  capabilities.require(field);
  const { text, variables } = operation(capabilities, name, field, args, selection);
  const data = await request(text, variables, { signal });
  return data.result;
}

/** Suggestions for a text: `[{ id, type, label, score }]`. */
export function search(capabilities, text, { types, first = 8, signal } = {}) {
  return run(capabilities, 'ExplorerSearch', 'search', {
    text: { value: text, type: 'String!' },
    types: { value: types, type: '[EntityType!]' },
    first: { value: first, type: 'Int' },
  }, 'id type label score', signal);
}

/** An entity's neighbourhood as `{ nodes, edges, truncated }`. */
export function neighborhood(capabilities, id, { depth, relationshipTypes, limit, asOf, signal } = {}) {
  return run(capabilities, 'ExplorerNeighborhood', 'neighborhood', {
    id: { value: id, type: 'ID!' },
    depth: { value: depth, type: 'Int' },
    relationshipTypes: { value: relationshipTypes, type: '[String!]' },
    limit: { value: limit, type: 'Int' },
    asOf: { value: asOf, type: 'String' },
  }, GRAPH_FIELDS, signal);
}

/** The shortest paths (or all up to `maxLength`) between two entities, each as a graph. */
export function paths(capabilities, from, to, { maxLength, all, signal } = {}) {
  return run(capabilities, 'ExplorerPaths', 'paths', {
    from: { value: from, type: 'ID!' },
    to: { value: to, type: 'ID!' },
    maxLength: { value: maxLength, type: 'Int' },
    all: { value: all || undefined, type: 'Boolean' },
  }, GRAPH_FIELDS, signal);
}

/**
 * Who met whom: the first page (up to `first`, default 100, the most a page holds) of the encounters of a
 * participant, or under a declaration, as `{ pageInfo, nodes }` (no `totalCount`: counting reads every meeting). `by` names the argument
 * (`participant` or `declaration`); an argument declared as `ID` gets the global id, one declared as
 * `String` the entity's stable id.
 */
export function encounters(capabilities, by, globalId, { level, asOf, first = 100, signal } = {}) {
  const type = capabilities.argumentType('encounters', by, 'String');
  const value = type.startsWith('ID') ? globalId : (decodeGlobalId(globalId)?.key ?? globalId);
  return run(capabilities, 'ExplorerEncounters', 'encounters', {
    [by]: { value, type },
    level: { value: level, type: 'EncounterLevel' },
    asOf: { value: asOf, type: 'String' },
    first: { value: first, type: 'Int' },
  }, `pageInfo { hasNextPage }
      nodes {
        participant { id kind name countryId countryName role headOfDelegation }
        counterpart { id kind name countryId countryName role headOfDelegation }
        meeting { id title date level location }
        declaration { id title signedOn }
      }`, signal);
}
