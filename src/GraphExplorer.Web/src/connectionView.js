// The connection view: two entities in, the shortest paths between them (or all up to a length) drawn.

import { paths, search } from './queries.js';
import { SearchBox } from './searchBox.js';

/** Two search boxes, a length limit and the `paths` answer drawn and listed. */
export class ConnectionView {
  constructor(app) {
    this.app = app;
    this.drawnKey = null;
  }

  init() {
    const app = this.app;
    const box = (end) => new SearchBox({
      input: document.getElementById(`${end}-input`),
      list: document.getElementById(`${end}-suggestions`),
      find: (text, signal) => search(app.capabilities, text, { signal }),
      onChoose: (hit) => {
        app.remember(hit.id, hit.label);
        app.navigate({ view: 'connection', [end]: hit.id, node: '' });
      },
      onError: (error) => app.showError(error),
    });
    this.from = box('from');
    this.to = box('to');
    document.getElementById('max-length').addEventListener('change', (event) => app.navigate({ maxLength: Number(event.target.value) }));
    document.getElementById('all-paths').addEventListener('change', (event) => app.navigate({ all: event.target.checked }));
  }

  async render(state, isCurrent) {
    const app = this.app;
    document.getElementById('max-length').value = String(state.maxLength);
    document.getElementById('all-paths').checked = state.all;
    app.showTruncated(null);
    this.from.setText(state.from ? app.labelOf(state.from) : '');
    this.to.setText(state.to ? app.labelOf(state.to) : '');
    const list = document.getElementById('paths-list');
    if (!state.from || !state.to) {
      this.drawnKey = null;
      app.graph.clear();
      list.replaceChildren();
      app.showStatus('Choose two entities to see how they are connected.');
      return;
    }
    const key = JSON.stringify([state.from, state.to, state.maxLength, state.all]);
    if (app.graph.owner === this && key === this.drawnKey) return;
    const found = await paths(app.capabilities, state.from, state.to, { maxLength: state.maxLength, all: state.all });
    if (!isCurrent()) return;
    const merged = { nodes: [], edges: [], truncated: false };
    for (const path of found) {
      merged.nodes.push(...path.nodes);
      merged.edges.push(...path.edges);
      merged.truncated ||= path.truncated;
      path.nodes.forEach((node) => app.remember(node.id, node.label));
    }
    this.from.setText(app.labelOf(state.from));
    this.to.setText(app.labelOf(state.to));
    await app.graph.show(merged, { centre: state.from, pathEdges: merged.edges.map((edge) => edge.id), circular: false });
    app.graph.cy.getElementById(state.to).addClass('centre');
    app.graph.owner = this;
    this.drawnKey = key;
    list.replaceChildren(...found.map((path) => {
      const item = document.createElement('li');
      item.textContent = describePath(path, state.from);
      return item;
    }));
    app.showTruncated(merged.truncated ? 'The search for paths was cut short: there may be more paths than are drawn.' : null);
    app.showStatus(found.length === 0
      ? `No connection within ${state.maxLength} steps. Try a longer limit.`
      : `${found.length} ${found.length === 1 ? 'path' : 'paths'} of ${found[0].edges.length} ${found[0].edges.length === 1 ? 'step' : 'steps'}${state.all ? ' or more' : ''}.`);
  }
}

/** A path written out from its start: `A —ATTENDED→ B ←ATTENDED— C`. */
export function describePath(path, startId) {
  const labels = new Map(path.nodes.map((node) => [node.id, node.label]));
  const remaining = [...path.edges];
  let current = startId;
  let text = labels.get(current) ?? current;
  while (remaining.length > 0) {
    const index = remaining.findIndex((edge) => edge.source === current || edge.target === current);
    if (index < 0) break;
    const [edge] = remaining.splice(index, 1);
    const forward = edge.source === current;
    current = forward ? edge.target : edge.source;
    text += forward ? ` —${edge.type}→ ` : ` ←${edge.type}— `;
    text += labels.get(current) ?? current;
  }
  return text;
}
