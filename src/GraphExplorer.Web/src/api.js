// The page's only way to the data: GraphQL over HTTP (POST /graphql), as any other client would.

const ENDPOINT = new URL('graphql', document.baseURI).pathname;

/** An answer from the API that the page cannot use; `message` says why in words. */
export class ApiError extends Error {
  constructor(message, errors = []) {
    super(message);
    this.name = 'ApiError';
    this.errors = errors;
  }
}

/** Sends one GraphQL operation and returns its `data`; throws ApiError with a readable message. */
export async function request(query, variables = {}, { signal } = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(`The API could not be reached (${error.message}). Is the server running?`);
  }

  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} ${response.statusText} without a GraphQL result.`);
  }

  if (Array.isArray(body.errors) && body.errors.length > 0) {
    throw new ApiError(body.errors.map(describeError).join(' '), body.errors);
  }
  if (!response.ok || !body.data) {
    throw new ApiError(`The API answered ${response.status} ${response.statusText}.`);
  }
  return body.data;
}

function describeError(error) {
  const code = error?.extensions?.code;
  const message = (error?.message ?? 'Unknown error.').trim();
  return code ? `${message} (${code})` : message;
}

/**
 * What the API offers: its query fields with their arguments' type names, and the encounter levels.
 * The page asks once, so it passes only arguments the server knows (`asOf`, `level`, …).
 */
export async function loadCapabilities({ signal } = {}) {
  const data = await request(`query ExplorerCapabilities {
    __schema { queryType { fields { name args { name type { ...TypeName } } } } }
    levels: __type(name: "EncounterLevel") { enumValues { name description } }
    model { entityTypes { name displayProperty } relationshipTypes { type from to } }
  }
  fragment TypeName on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`, {}, { signal });

  const fields = new Map();
  for (const field of data.__schema.queryType.fields) {
    fields.set(field.name, new Map(field.args.map((arg) => [arg.name, typeText(arg.type)])));
  }
  return new Capabilities(fields, data.levels?.enumValues ?? [], data.model);
}

/** The GraphQL type of an argument written as in a document (`[String!]`, `ID!`). */
function typeText(type) {
  if (!type) return 'String';
  if (type.kind === 'NON_NULL') return `${typeText(type.ofType)}!`;
  if (type.kind === 'LIST') return `[${typeText(type.ofType)}]`;
  return type.name;
}

/** The query fields and arguments the server has. */
export class Capabilities {
  constructor(fields, levels, model) {
    this.fields = fields;
    this.levels = levels;
    /** The data model the API serves (`model`): entity types with their display property, relationship types. */
    this.model = model;
  }

  has(field, argument) {
    const args = this.fields.get(field);
    return argument === undefined ? args !== undefined : args?.has(argument) === true;
  }

  /** The declared type of an argument; `fallback` when the server does not say. */
  argumentType(field, argument, fallback) {
    return this.fields.get(field)?.get(argument) ?? fallback;
  }

  /** Throws an ApiError naming the field when the server lacks it. */
  require(field) {
    if (!this.has(field)) {
      throw new ApiError(`This server's API has no \`${field}\` query, so this view cannot be shown.`);
    }
  }
}
