// The view lives in the URL's query string, so a view can be shared and the back button walks views.

export const VIEWS = Object.freeze(['neighborhood', 'encounters', 'connection']);

const DEFAULTS = Object.freeze({
  view: 'neighborhood',
  id: '',
  depth: 1,
  limit: 150,
  rels: [],
  asOf: '',
  expanded: [],
  by: 'declaration',
  subject: '',
  level: '',
  from: '',
  to: '',
  maxLength: 4,
  all: false,
  node: '',
});

/** The default state: the neighbourhood view with nothing chosen. */
export function defaultState() {
  return structuredClone(DEFAULTS);
}

/** Reads a state from a query string such as `?view=connection&from=…&to=…`. */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const state = defaultState();
  const view = params.get('view');
  if (VIEWS.includes(view)) state.view = view;
  for (const key of ['id', 'asOf', 'subject', 'level', 'from', 'to', 'node']) {
    state[key] = params.get(key) ?? '';
  }
  if (params.get('by') === 'participant') state.by = 'participant';
  state.depth = clampInt(params.get('depth'), 1, 3, DEFAULTS.depth);
  state.limit = clampInt(params.get('limit'), 10, 1000, DEFAULTS.limit);
  state.maxLength = clampInt(params.get('maxLength'), 1, 8, DEFAULTS.maxLength);
  state.all = params.get('all') === 'true';
  state.rels = listParam(params.get('rels'));
  state.expanded = listParam(params.get('expanded'));
  return state;
}

/** Writes a state as a query string holding only what differs from the defaults. */
export function formatState(state) {
  const params = new URLSearchParams();
  params.set('view', state.view);
  const keysOfView = {
    neighborhood: ['id', 'depth', 'limit', 'rels', 'asOf', 'expanded', 'node'],
    encounters: ['by', 'subject', 'level', 'asOf', 'node'],
    connection: ['from', 'to', 'maxLength', 'all', 'node'],
  }[state.view];
  for (const key of keysOfView) {
    const value = state[key];
    const text = Array.isArray(value) ? value.join(',') : String(value);
    const fallback = Array.isArray(DEFAULTS[key]) ? DEFAULTS[key].join(',') : String(DEFAULTS[key]);
    if (text !== fallback) params.set(key, text);
  }
  return `?${params.toString()}`;
}

function clampInt(text, min, max, fallback) {
  const value = Number.parseInt(text ?? '', 10);
  return Number.isNaN(value) ? fallback : Math.min(max, Math.max(min, value));
}

function listParam(text) {
  return text ? text.split(',').map((item) => item.trim()).filter((item) => item !== '') : [];
}
