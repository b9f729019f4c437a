// The neighbourhood view: search an entity, draw its neighbourhood, expand nodes, filter and limit.

import { RELATIONSHIP_TYPES } from './entityTypes.js';
import { neighborhood, search } from './queries.js';
import { SearchBox } from './searchBox.js';

/** Search box, depth, node limit and relationship filters, and the drawing of `neighborhood` results. */
export class NeighborhoodView {
  constructor(app) {
    this.app = app;
    this.drawnKey = null;
    this.drawnExpanded = [];
    this.truncated = false;
  }

  init() {
    const app = this.app;
    this.search = new SearchBox({
      input: document.getElementById('search-input'),
      list: document.getElementById('search-suggestions'),
      find: (text, signal) => search(app.capabilities, text, { signal }),
      onChoose: (hit) => {
        app.remember(hit.id, hit.label);
        app.navigate({ view: 'neighborhood', id: hit.id, expanded: [], node: hit.id });
      },
      onError: (error) => app.showError(error),
    });
    document.getElementById('depth').addEventListener('change', (event) => {
      app.navigate({ depth: Number(event.target.value), expanded: [] });
    });
    document.getElementById('limit').addEventListener('change', (event) => {
      app.navigate({ limit: Number(event.target.value), expanded: [] });
    });
    const options = document.getElementById('relationship-options');
    options.replaceChildren(...RELATIONSHIP_TYPES.map((type) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = type;
      box.addEventListener('change', () => this.onFilterChange());
      label.append(box, document.createTextNode(` ${type}`));
      return label;
    }));
    document.getElementById('relationship-all').addEventListener('click', () => app.navigate({ rels: [], expanded: [] }));
    if (!app.capabilities.has('neighborhood', 'relationshipTypes')) {
      document.getElementById('relationship-filters').hidden = true;
    }
  }

  onFilterChange() {
    const checked = [...document.querySelectorAll('#relationship-options input:checked')].map((box) => box.value);
    if (checked.length === 0) {
      this.app.showError('Choose at least one relationship type to follow.');
      return;
    }
    this.app.navigate({ rels: checked.length === RELATIONSHIP_TYPES.length ? [] : checked, expanded: [] });
  }

  syncControls(state) {
    document.getElementById('depth').value = String(state.depth);
    document.getElementById('limit').value = String(state.limit);
    const all = state.rels.length === 0;
    for (const box of document.querySelectorAll('#relationship-options input')) {
      box.checked = all || state.rels.includes(box.value);
    }
    document.getElementById('relationship-summary').textContent = all ? 'all' : state.rels.join(', ');
  }

  async render(state, isCurrent) {
    this.syncControls(state);
    const app = this.app;
    if (!state.id) {
      this.drawnKey = null;
      app.graph.clear();
      app.showTruncated(null);
      app.showStatus('Search an entity to see its neighbourhood.');
      return;
    }
    const key = JSON.stringify([state.id, state.depth, state.limit, state.rels, state.asOf]);
    const extendsDrawing = app.graph.owner === this && key === this.drawnKey
      && this.drawnExpanded.every((id, index) => state.expanded[index] === id);
    if (!extendsDrawing) {
      this.drawnKey = null;
      this.truncated = false;
      const graph = await this.fetch(state.id, state);
      if (!isCurrent()) return;
      graph.nodes.forEach((node) => app.remember(node.id, node.label));
      this.search.setText(app.labelOf(state.id));
      await app.graph.show(graph, { centre: state.id });
      app.graph.owner = this;
      this.drawnKey = key;
      this.drawnExpanded = [];
    }
    for (const id of state.expanded.slice(this.drawnExpanded.length)) {
      const graph = await this.fetch(id, state);
      if (!isCurrent()) return;
      await app.graph.merge(graph, id);
      this.drawnExpanded.push(id);
    }
    const { nodes, edges, milliseconds } = app.graph.lastRender ?? { nodes: 0, edges: 0, milliseconds: 0 };
    app.showStatus(`${nodes} nodes and ${edges} relationships drawn (${milliseconds} ms). Click a node for details; double-click to expand it.`);
    app.showTruncated(this.truncated
      ? `Not everything is drawn: the neighbourhood has more than the limit of ${state.limit} nodes or fans out too widely. Lower the depth, filter relationship types or raise the limit.`
      : null);
  }

  async fetch(id, state) {
    const graph = await neighborhood(this.app.capabilities, id, {
      depth: state.depth,
      limit: state.limit,
      relationshipTypes: state.rels.length > 0 ? state.rels : undefined,
      asOf: state.asOf || undefined,
    });
    this.truncated ||= graph.truncated;
    return graph;
  }

  /** Double-click: merge a node's neighbourhood into the drawing (other views open its neighbourhood). */
  expand(id) {
    const state = this.app.state;
    if (state.view !== 'neighborhood') {
      this.app.navigate({ view: 'neighborhood', id, expanded: [], node: id });
    } else if (id !== state.id && !state.expanded.includes(id)) {
      this.app.navigate({ expanded: [...state.expanded, id], node: id });
    }
  }
}
