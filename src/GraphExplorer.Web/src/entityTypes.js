// The eight entity types: how each is named, drawn and listed in the legend, and Relay global ids.

/** Drawing and naming of each `EntityType` value of the API. */
export const ENTITY_TYPES = Object.freeze({
  COUNTRY: { name: 'Country', label: 'Country', color: '#1f6fb2', shape: 'hexagon' },
  MINISTRY: { name: 'Ministry', label: 'Ministry', color: '#0f8a7e', shape: 'round-rectangle' },
  POSITION: { name: 'Position', label: 'Position', color: '#d9822b', shape: 'barrel' },
  OFFICIAL: { name: 'Official', label: 'Official', color: '#c23b3b', shape: 'ellipse' },
  DECLARATION: { name: 'Declaration', label: 'Declaration', color: '#7b4bb7', shape: 'diamond' },
  TOPIC: { name: 'Topic', label: 'Topic', color: '#4f8f2f', shape: 'tag' },
  MEETING: { name: 'Meeting', label: 'Meeting', color: '#b8860b', shape: 'octagon' },
  SOURCE: { name: 'Source', label: 'Source', color: '#6b7280', shape: 'rhomboid' },
});

/** The relationship types of the data model (docs/data-model.md), offered as filters. */
export const RELATIONSHIP_TYPES = Object.freeze([
  'MINISTRY_OF', 'IN', 'HOLDS', 'SIGNED', 'PARTY_TO', 'COVERS',
  'ATTENDED', 'TOOK_PART_IN', 'UNDER', 'DISCUSSED', 'ANNOUNCED', 'SOURCED_FROM',
]);

/** The `EntityType` value for a GraphQL type name such as `Official`, or undefined. */
export function entityTypeOfName(typeName) {
  return Object.keys(ENTITY_TYPES).find((key) => ENTITY_TYPES[key].name === typeName);
}

/** The Relay global id the API gives the entity of GraphQL type `typeName` with stable id `key`. */
export function encodeGlobalId(typeName, key) {
  const bytes = new TextEncoder().encode(`${typeName}:${key}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `{ typeName, key }` of a Relay global id, or null when the text is not one. */
export function decodeGlobalId(globalId) {
  if (typeof globalId !== 'string' || globalId === '' || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  try {
    let base64 = globalId.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4 !== 0) base64 += '=';
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const colon = text.indexOf(':');
    if (colon <= 0 || colon === text.length - 1) return null;
    const typeName = text.slice(0, colon);
    return entityTypeOfName(typeName) ? { typeName, key: text.slice(colon + 1) } : null;
  } catch {
    return null;
  }
}

/** A global id for an id the API handed out that may be a global id already or a stable id of `typeName`. */
export function toGlobalId(typeName, id) {
  return decodeGlobalId(id) ? id : encodeGlobalId(typeName, id);
}
