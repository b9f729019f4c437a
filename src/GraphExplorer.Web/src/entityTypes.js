// The entity types and relationship types of the model as the API's `model` field serves them (the catalogue),
// with how each type is drawn (colour and shape: presentation, kept here), and Relay global ids.

/** How each label is drawn; a label the API adds later is drawn grey until it gets a look here. */
const LOOKS = Object.freeze({
  Country: { color: '#1f6fb2', shape: 'hexagon' },
  Ministry: { color: '#0f8a7e', shape: 'round-rectangle' },
  Position: { color: '#d9822b', shape: 'barrel' },
  Official: { color: '#c23b3b', shape: 'ellipse' },
  Declaration: { color: '#7b4bb7', shape: 'diamond' },
  Topic: { color: '#4f8f2f', shape: 'tag' },
  Meeting: { color: '#b8860b', shape: 'octagon' },
  Source: { color: '#6b7280', shape: 'rhomboid' },
});

const DEFAULT_LOOK = Object.freeze({ color: '#999999', shape: 'ellipse' });

/**
 * Drawing and naming of each `EntityType` value of the API (`OFFICIAL` → `{ name: 'Official', … }`). Until the
 * model is loaded (`applyModel`) it holds the labels that have a look, so the warm-up drawing has types to draw.
 */
export const ENTITY_TYPES = {};

/** The relationship types of the model, offered as filters; filled by `applyModel`. */
export const RELATIONSHIP_TYPES = [];

for (const name of Object.keys(LOOKS)) addType({ name, displayProperty: null });

function addType({ name, displayProperty }) {
  ENTITY_TYPES[name.toUpperCase()] = { name, label: name, displayProperty, ...(LOOKS[name] ?? DEFAULT_LOOK) };
}

/** Takes the API's `model { entityTypes { name displayProperty } relationshipTypes { type } }` as the page's types. */
export function applyModel(model) {
  if (!model) return;
  for (const key of Object.keys(ENTITY_TYPES)) delete ENTITY_TYPES[key];
  for (const type of model.entityTypes) addType(type);
  RELATIONSHIP_TYPES.splice(0, RELATIONSHIP_TYPES.length, ...model.relationshipTypes.map((r) => r.type));
}

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
