// "Who met whom": the encounters of a declaration or a participant, drawn as a graph and listed in a table.

import { ENTITY_TYPES, toGlobalId } from './entityTypes.js';
import { encounters, search } from './queries.js';
import { SearchBox } from './searchBox.js';

/** Picks a declaration or participant, asks `encounters`, and shows the answer twice: drawing and table. */
export class EncountersView {
  constructor(app) {
    this.app = app;
    this.drawnKey = null;
  }

  init() {
    const app = this.app;
    this.search = new SearchBox({
      input: document.getElementById('encounters-input'),
      list: document.getElementById('encounters-suggestions'),
      find: (text, signal) => search(app.capabilities, text, {
        types: app.state.by === 'declaration' ? ['DECLARATION'] : ['OFFICIAL', 'POSITION', 'COUNTRY'],
        signal,
      }),
      onChoose: (hit) => {
        app.remember(hit.id, hit.label);
        app.navigate({ view: 'encounters', subject: hit.id, node: '' });
      },
      onError: (error) => app.showError(error),
    });
    for (const radio of document.querySelectorAll('input[name="encounters-by"]')) {
      radio.addEventListener('change', () => app.navigate({ by: radio.value, subject: '', node: '' }));
    }
    const levels = app.capabilities.levels;
    if (levels.length > 0 && app.capabilities.has('encounters', 'level')) {
      const select = document.getElementById('level');
      select.replaceChildren(...levels.map((level) => {
        const option = document.createElement('option');
        option.value = level.name;
        option.textContent = sentence(level.name);
        if (level.description) option.title = level.description;
        return option;
      }));
      select.addEventListener('change', () => app.navigate({ level: select.value }));
      document.getElementById('level-field').hidden = false;
    }
  }

  async render(state, isCurrent) {
    const app = this.app;
    for (const radio of document.querySelectorAll('input[name="encounters-by"]')) radio.checked = radio.value === state.by;
    document.getElementById('encounters-input-label').textContent = state.by === 'declaration' ? 'Declaration' : 'Participant (official, post or country)';
    if (state.level) document.getElementById('level').value = state.level;
    app.showTruncated(null);
    const tbody = document.querySelector('#encounters-table tbody');
    if (!state.subject) {
      this.search.setText('');
      this.drawnKey = null;
      app.graph.clear();
      tbody.replaceChildren();
      app.showStatus(`Choose a ${state.by} to see who met whom.`);
      return;
    }
    this.search.setText(app.labelOf(state.subject));
    const key = JSON.stringify([state.by, state.subject, state.level, state.asOf]);
    if (app.graph.owner === this && key === this.drawnKey) return;
    const page = await encounters(app.capabilities, state.by, state.subject, {
      level: state.level || undefined,
      asOf: state.asOf || undefined,
    });
    if (!isCurrent()) return;
    const rows = page.nodes;
    this.fillTable(tbody, rows);
    const graph = encounterGraph(rows);
    graph.nodes.forEach((node) => app.remember(node.id, node.label));
    this.search.setText(app.labelOf(state.subject));
    await app.graph.show(graph, { centre: state.subject });
    app.graph.owner = this;
    this.drawnKey = key;
    app.showStatus(rows.length === 0
      ? 'No encounters are recorded for this choice.'
      : `${page.pageInfo.hasNextPage ? `The first ${rows.length}` : rows.length} encounters (each pair from both sides). Double-click a node to open its neighbourhood.`);
  }

  fillTable(tbody, rows) {
    tbody.replaceChildren(...rows.map((row) => {
      const tr = document.createElement('tr');
      const cells = [
        partyText(row.participant), row.participant.countryName ?? '—',
        partyText(row.counterpart), row.counterpart.countryName ?? '—',
        [row.meeting.title, row.meeting.date].filter(Boolean).join(', '),
        row.declaration ? [row.declaration.title, row.declaration.signedOn].filter(Boolean).join(', ') : '—',
      ];
      for (const text of cells) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      return tr;
    }));
  }
}

function partyText(party) {
  const role = party.role && party.role !== party.name ? party.role : null;
  const notes = [role, party.headOfDelegation ? 'head of delegation' : null].filter(Boolean);
  return notes.length > 0 ? `${party.name} (${notes.join(', ')})` : party.name;
}

function sentence(name) {
  return name.charAt(0) + name.slice(1).toLowerCase().replace(/_/g, ' ');
}

/**
 * The encounters as a graph: participants, their delegations' countries, the meetings and the
 * declarations, with ATTENDED, DELEGATE_OF and UNDER edges and one MET edge per pair.
 */
export function encounterGraph(rows) {
  const nodes = new Map();
  const edges = new Map();
  const node = (type, id, label, properties = {}) => {
    if (!nodes.has(id)) nodes.set(id, { id, type, label, properties });
    return id;
  };
  const edge = (type, source, target) => {
    const id = `${type}:${source}:${target}`;
    if (!edges.has(id)) edges.set(id, { id, type, source, target, properties: {} });
  };
  const party = (p) => {
    const type = p.kind.toUpperCase() in ENTITY_TYPES ? p.kind.toUpperCase() : 'OFFICIAL';
    const id = node(type, toGlobalId(ENTITY_TYPES[type].name, p.id), p.name, clean({ role: p.role, headOfDelegation: p.headOfDelegation }));
    if (p.countryId && type !== 'COUNTRY') {
      const country = node('COUNTRY', toGlobalId('Country', p.countryId), p.countryName ?? p.countryId);
      edge('DELEGATE_OF', id, country);
    }
    return id;
  };
  for (const row of rows) {
    const meeting = node('MEETING', toGlobalId('Meeting', row.meeting.id), row.meeting.title, clean({ date: row.meeting.date, level: row.meeting.level, location: row.meeting.location }));
    const a = party(row.participant);
    const b = party(row.counterpart);
    edge('ATTENDED', a, meeting);
    edge('ATTENDED', b, meeting);
    const [first, second] = [a, b].sort();
    edge('MET', first, second);
    if (row.declaration) {
      const declaration = node('DECLARATION', toGlobalId('Declaration', row.declaration.id), row.declaration.title, clean({ signedOn: row.declaration.signedOn }));
      edge('UNDER', meeting, declaration);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

function clean(properties) {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined));
}
