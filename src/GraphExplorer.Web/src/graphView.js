// The drawing: one Cytoscape.js instance showing a graph-shaped API result, styled by entity type.

import cytoscape from '../vendor/cytoscape.esm.min.mjs';
import { ENTITY_TYPES } from './entityTypes.js';

/** Above this many nodes the force-directed layout is too slow; rings by degree are used instead. */
const FORCE_LAYOUT_MAX_NODES = 150;

/** Fitting a small graph would zoom in until labels cover the nodes; this is as close as it gets. */
const FIT_MAX_ZOOM = 1.25;

/** In a big drawing, labels are shown from this zoom on. */
const READABLE_ZOOM = 0.6;

function styleSheet() {
  const byType = Object.entries(ENTITY_TYPES).map(([type, look]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': look.color, shape: look.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(shortLabel)',
        'font-size': 10,
        'text-wrap': 'wrap',
        'text-max-width': 130,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        color: '#1f2933',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': 1,
        width: 26,
        height: 26,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...byType,
    { selector: 'node.centre', style: { width: 36, height: 36, 'border-width': 3, 'border-color': '#111827' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
    { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#111827' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(type)',
        'font-size': 7,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
      },
    },
    { selector: 'edge[type = "MET"]', style: { 'line-color': '#c23b3b', 'target-arrow-shape': 'none', 'line-style': 'dashed', width: 2 } },
    { selector: 'edge.path', style: { width: 3, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b' } },
    { selector: '.quiet', style: { label: '' } },
    { selector: 'node.quiet:selected, node.quiet.centre', style: { label: 'data(shortLabel)' } },
  ];
}

/** Wraps the Cytoscape instance: draws, merges and lays out graphs; reports taps and double taps. */
export class GraphView {
  constructor(container, { onSelect, onExpand }) {
    this.cy = cytoscape({
      container,
      style: styleSheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // A little more than the default 250 ms, so a double-click still counts on a busy machine.
      multiClickDebounceTime: 400,
    });
    this.lastRender = null;
    /** The view whose result is drawn. */
    this.owner = null;
    this.dense = false;
    this.circular = true;
    this.cy.on('zoom', () => {
      if (!this.dense) return;
      const quiet = this.cy.zoom() < READABLE_ZOOM;
      if (quiet !== this.cy.nodes().first().hasClass('quiet')) this.cy.batch(() => this.cy.elements().toggleClass('quiet', quiet));
    });
    this.cy.on('tap', 'node', (event) => onSelect(event.target.id()));
    this.cy.on('dbltap', 'node', (event) => onExpand(event.target.id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) onSelect(null);
    });
  }

  /** Replaces the drawing with `graph`; resolves once it is laid out and painted. */
  async show(graph, { centre = null, pathEdges = [], circular = true } = {}) {
    const started = performance.now();
    this.circular = circular;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(toElements(graph, new Set()));
      if (centre) this.cy.getElementById(centre).addClass('centre');
      for (const id of pathEdges) this.cy.getElementById(id).addClass('path');
      this.quietLabelsIfDense();
    });
    await this.runLayout(this.cy.elements());
    await nextFrame();
    return this.record(started);
  }

  /** Adds the nodes and edges of `graph` that are not drawn yet, placed around `anchorId`. */
  async merge(graph, anchorId) {
    const started = performance.now();
    const present = new Set(this.cy.elements().map((element) => element.id()));
    const anchor = this.cy.getElementById(anchorId);
    const origin = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    let added;
    this.cy.batch(() => {
      added = this.cy.add(toElements(graph, present));
      const fresh = added.nodes();
      fresh.forEach((node, index) => {
        const angle = (2 * Math.PI * index) / Math.max(1, fresh.length);
        node.position({ x: origin.x + 160 * Math.cos(angle), y: origin.y + 160 * Math.sin(angle) });
      });
      anchor.addClass('expanded');
      this.quietLabelsIfDense();
    });
    if (this.cy.nodes().length <= FORCE_LAYOUT_MAX_NODES) {
      await this.runLayout(this.cy.elements());
    } else {
      this.cy.fit(undefined, 30);
    }
    await nextFrame();
    return { ...this.record(started), added: added.nodes().length };
  }

  /** Draws each type as `ENTITY_TYPES` now says (after the model is loaded). */
  restyle() {
    this.cy.style(styleSheet());
  }

  /**
   * Tells Cytoscape that the drawing may have moved on the page (a notice above it appeared or went):
   * it caches the container's position for hit-testing and would otherwise miss clicks.
   */
  noticeMoved() {
    this.cy.resize();
  }

  /** Removes everything. */
  clear() {
    this.cy.elements().remove();
    this.lastRender = null;
    this.owner = null;
  }

  /** Marks one node selected (or none) without raising a tap. */
  select(id) {
    this.cy.$(':selected').unselect();
    if (id) {
      const node = this.cy.getElementById(id);
      if (node.nonempty()) node.select();
    }
  }

  /** The drawn node's data, or null. */
  nodeData(id) {
    const node = this.cy.getElementById(id);
    return node.nonempty() && node.isNode() ? node.data() : null;
  }

  /** Data of every drawn node, sorted by label. */
  allNodes() {
    return this.cy.nodes().map((node) => node.data()).sort((a, b) => a.label.localeCompare(b.label));
  }

  /** Drawn edges that touch a node. */
  edgesOf(id) {
    return this.cy.getElementById(id).connectedEdges().map((edge) => edge.data());
  }

  /**
   * Big drawings leave labels out until zoomed in: measuring hundreds of labels costs most of the
   * drawing time, and at the zoom that fits them all they could not be read anyway.
   */
  quietLabelsIfDense() {
    this.dense = this.cy.nodes().length > FORCE_LAYOUT_MAX_NODES;
    this.cy.elements().toggleClass('quiet', this.dense && this.cy.zoom() < READABLE_ZOOM);
  }

  /**
   * Small drawings: rings (or layers) by distance from the centre, which reads like a neighbourhood
   * and is the same on every load. Big ones: rings by degree, which is cheap.
   */
  runLayout(elements) {
    const count = elements.nodes().length;
    const roots = this.cy.nodes('.centre');
    const options = count <= FORCE_LAYOUT_MAX_NODES
      ? {
        name: 'breadthfirst', animate: false, fit: true, padding: 40, circle: this.circular,
        spacingFactor: this.circular ? 1.1 : 1.4, roots: roots.nonempty() ? roots : undefined, avoidOverlap: true,
      }
      : { name: 'concentric', animate: false, fit: true, padding: 30, minNodeSpacing: 6, concentric: (node) => node.degree(), levelWidth: () => 1 };
    const layout = elements.layout(options);
    const done = layout.promiseOn('layoutstop').then(() => {
      if (this.cy.zoom() > FIT_MAX_ZOOM) {
        this.cy.zoom(FIT_MAX_ZOOM);
        this.cy.center();
      }
    });
    layout.run();
    return done;
  }

  record(started) {
    this.lastRender = {
      nodes: this.cy.nodes().length,
      edges: this.cy.edges().length,
      milliseconds: Math.round(performance.now() - started),
    };
    return this.lastRender;
  }
}

/**
 * Draws a throw-away graph off screen while the page waits for its first answer, so that the first
 * real drawing does not also pay for compiling Cytoscape's drawing code and measuring the font.
 */
export async function warmUp() {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position:absolute;left:-10000px;top:0;width:400px;height:300px;';
  document.body.append(container);
  const cy = cytoscape({ container, style: styleSheet() });
  const types = Object.keys(ENTITY_TYPES);
  cy.add(Array.from({ length: 40 }, (_, i) => ({ group: 'nodes', data: { id: `w${i}`, type: types[i % types.length], shortLabel: `Warm-up ${i}` } })));
  cy.add(Array.from({ length: 39 }, (_, i) => ({ group: 'edges', data: { id: `we${i}`, type: 'IN', source: 'w0', target: `w${i + 1}` } })));
  const layout = cy.layout({ name: 'breadthfirst', animate: false, circle: true, roots: cy.getElementById('w0') });
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
  await nextFrame();
  cy.destroy();
  container.remove();
}

/** Cytoscape elements for the nodes and edges of a graph that are not in `present`; edges need both ends. */
function toElements(graph, present) {
  const elements = [];
  const nodeIds = new Set(present);
  for (const node of graph.nodes) {
    if (present.has(node.id) || nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    elements.push({
      group: 'nodes',
      data: { id: node.id, type: node.type, label: node.label, shortLabel: shorten(node.label), properties: node.properties ?? {} },
    });
  }
  for (const edge of graph.edges) {
    if (present.has(edge.id) || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    present.add(edge.id);
    elements.push({
      group: 'edges',
      data: { id: edge.id, type: edge.type, source: edge.source, target: edge.target, properties: edge.properties ?? {} },
    });
  }
  return elements;
}

function shorten(label) {
  return label.length > 60 ? `${label.slice(0, 57)}…` : label;
}

/** Resolves after the browser has painted the next frame. */
function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
