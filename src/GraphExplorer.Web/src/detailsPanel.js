// The side panel: the selected node's properties, relationships and sources, and what to do next.

import { ENTITY_TYPES } from './entityTypes.js';
import { neighborhood } from './queries.js';

/** Fills the side panel for the selected node, or lists the drawn nodes when none is selected. */
export class DetailsPanel {
  constructor(app) {
    this.app = app;
    this.title = document.getElementById('details-title');
    this.body = document.getElementById('details-body');
    this.sources = new Map();
  }

  async show(id) {
    const node = id ? this.app.graph.nodeData(id) : null;
    if (!node) {
      this.showNodeList();
      return;
    }
    this.title.textContent = node.label;
    const type = element('p', 'type-line', ENTITY_TYPES[node.type]?.label ?? node.type);
    type.prepend(swatch(node.type));
    this.body.replaceChildren(type, this.actions(node), propertyList(node.properties), this.relationships(node));
    if (node.type !== 'SOURCE') {
      const list = element('ul', 'sources');
      const section = element('section', 'sources-section');
      section.append(element('h3', null, 'Sources'), list);
      this.body.append(section);
      await this.fillSources(node.id, list);
    }
  }

  showNodeList() {
    const nodes = this.app.graph.allNodes();
    this.title.textContent = 'Details';
    if (nodes.length === 0) {
      this.body.replaceChildren(element('p', 'hint', 'Search an entity to begin. Click a node to see it here; double-click to expand it.'));
      return;
    }
    const list = element('ul', 'node-list');
    list.setAttribute('aria-label', 'Drawn nodes');
    for (const node of nodes) {
      const button = element('button', 'link', node.label);
      button.type = 'button';
      button.prepend(swatch(node.type));
      button.addEventListener('click', () => this.app.navigate({ node: node.id }, { replace: true }));
      const item = element('li');
      item.append(button);
      list.append(item);
    }
    this.body.replaceChildren(element('p', 'hint', 'Click a node, or choose it below, to see its properties and sources.'), list);
  }

  actions(node) {
    const app = this.app;
    const bar = element('div', 'actions');
    const add = (text, onClick) => {
      const button = element('button', null, text);
      button.type = 'button';
      button.addEventListener('click', onClick);
      bar.append(button);
    };
    if (app.state.view === 'neighborhood' && node.id !== app.state.id) {
      add('Expand neighbours', () => app.views.neighborhood.expand(node.id));
    }
    if (app.state.view !== 'neighborhood' || node.id !== app.state.id) {
      add('Show its neighbourhood', () => app.navigate({ view: 'neighborhood', id: node.id, expanded: [], node: node.id }));
    }
    if (['OFFICIAL', 'POSITION', 'DECLARATION'].includes(node.type)) {
      const by = node.type === 'DECLARATION' ? 'declaration' : 'participant';
      add('Who met whom', () => app.navigate({ view: 'encounters', by, subject: node.id, node: '' }));
    }
    add('Connect from here', () => app.navigate({ view: 'connection', from: node.id, node: '' }));
    return bar;
  }

  relationships(node) {
    const section = element('section');
    const edges = this.app.graph.edgesOf(node.id);
    section.append(element('h3', null, `Relationships drawn (${edges.length})`));
    const list = element('ul', 'relationships');
    for (const edge of edges) {
      const outgoing = edge.source === node.id;
      const other = this.app.graph.nodeData(outgoing ? edge.target : edge.source);
      const text = outgoing ? `${edge.type} → ${other?.label}` : `← ${edge.type} ${other?.label}`;
      const item = element('li', null, text);
      const details = Object.entries(edge.properties).filter(([key]) => key !== 'sources');
      if (details.length > 0) item.append(element('span', 'muted', ` (${details.map(([k, v]) => `${k}: ${formatValue(v)}`).join('; ')})`));
      list.append(item);
    }
    section.append(list);
    return section;
  }

  async fillSources(id, list) {
    const app = this.app;
    if (!app.capabilities.has('neighborhood')) return;
    try {
      if (!this.sources.has(id)) {
        const graph = await neighborhood(app.capabilities, id, { depth: 1, relationshipTypes: ['SOURCED_FROM'], limit: 50 });
        this.sources.set(id, graph.nodes.filter((node) => node.type === 'SOURCE'));
      }
    } catch (error) {
      list.replaceChildren(element('li', 'error-text', `Sources could not be loaded: ${error.message}`));
      return;
    }
    const sources = this.sources.get(id);
    if (sources.length === 0) {
      list.replaceChildren(element('li', 'muted', 'No source is recorded.'));
      return;
    }
    list.replaceChildren(...sources.map((source) => {
      const item = element('li');
      const { url, publisher, language, publishedOn } = source.properties;
      const title = url ? element('a', null, source.label) : element('cite', null, source.label);
      if (url) title.href = url;
      const facts = [publisher, publishedOn, language && `language: ${language}`].filter(Boolean).join(' · ');
      item.append(title);
      if (facts) item.append(element('span', 'muted', ` — ${facts}`));
      return item;
    }));
  }
}

function propertyList(properties) {
  const list = element('dl', 'properties');
  for (const [key, value] of Object.entries(properties ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    list.append(element('dt', null, key), element('dd', null, formatValue(value)));
  }
  return list;
}

function formatValue(value) {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function swatch(type) {
  const mark = element('span', 'swatch');
  mark.style.background = ENTITY_TYPES[type]?.color ?? '#999';
  mark.setAttribute('aria-hidden', 'true');
  return mark;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
