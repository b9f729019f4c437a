// The page's controller: holds the state (mirrored in the URL), switches views, reports errors in words.

import { loadCapabilities } from './api.js';
import { DetailsPanel } from './detailsPanel.js';
import { applyModel, decodeGlobalId } from './entityTypes.js';
import { GraphView, warmUp } from './graphView.js';
import { renderLegend } from './legend.js';
import { formatState, parseState, VIEWS } from './urlState.js';

/** The running page; views call `navigate` to change what is shown. */
export class App {
  constructor(views) {
    this.state = parseState(location.search);
    this.capabilities = null;
    this.labels = new Map();
    this.pending = 0;
    this.renderVersion = 0;
    this.graph = new GraphView(document.getElementById('graph'), {
      onSelect: (id) => this.navigate({ node: id ?? '' }, { replace: true }),
      onExpand: (id) => this.views.neighborhood.expand(id),
    });
    this.details = new DetailsPanel(this);
    this.views = Object.fromEntries(Object.entries(views).map(([name, View]) => [name, new View(this)]));
    renderLegend(document.getElementById('legend'));
    this.wireTabs();
    this.wireAsOf();
    window.addEventListener('popstate', () => {
      this.state = parseState(location.search);
      this.render();
    });
  }

  /** Loads the API's capabilities, then shows the view the URL names. */
  async start() {
    await this.track(async () => {
      const capabilities = loadCapabilities();
      await warmUp().catch(() => {});
      this.capabilities = await capabilities;
      applyModel(this.capabilities.model);
      renderLegend(document.getElementById('legend'));
      this.graph.restyle();
      if (!this.capabilities.has('neighborhood', 'asOf') && !this.capabilities.has('encounters', 'asOf')) {
        document.getElementById('as-of-field').hidden = true;
      }
      for (const view of Object.values(this.views)) view.init?.();
    });
    if (this.capabilities) await this.render();
  }

  /** Changes the state; a new history entry unless `replace`. */
  async navigate(patch, { replace = false } = {}) {
    this.state = { ...this.state, ...patch };
    const url = formatState(this.state);
    if (url !== location.search) {
      history[replace ? 'replaceState' : 'pushState'](null, '', url);
    }
    await this.render();
  }

  /** Brings the page in line with the state. */
  async render() {
    const version = ++this.renderVersion;
    this.showTabs();
    document.getElementById('as-of').value = this.state.asOf;
    this.showError(null);
    if (!this.capabilities) return;
    await this.track(() => this.views[this.state.view].render(this.state, () => version === this.renderVersion));
    if (version === this.renderVersion) {
      this.graph.select(this.state.node);
      await this.details.show(this.state.node);
    }
  }

  /** Runs `work`, keeping the busy flag and turning its failure into a message. */
  async track(work) {
    this.pending += 1;
    document.body.dataset.busy = 'true';
    try {
      await work();
    } catch (error) {
      if (error.name !== 'AbortError') this.showError(error);
    } finally {
      this.pending -= 1;
      if (this.pending === 0) document.body.dataset.busy = 'false';
    }
  }

  /** Shows an error (an Error or text) in words; null hides it. */
  showError(error) {
    const box = document.getElementById('error');
    if (!error) {
      box.hidden = true;
      box.textContent = '';
      this.graph.noticeMoved();
      return;
    }
    const text = typeof error === 'string' ? error : error.message;
    box.textContent = `Something went wrong: ${text}`;
    box.hidden = false;
    this.graph.noticeMoved();
  }

  /** Shows a short status line. */
  showStatus(text) {
    document.getElementById('status').textContent = text;
    this.graph.noticeMoved();
  }

  /** Shows the truncation notice, or hides it. */
  showTruncated(text) {
    const box = document.getElementById('truncated');
    box.textContent = text ?? '';
    box.hidden = !text;
    this.graph.noticeMoved();
  }

  /** Remembers a readable label for an id, for search boxes filled from the URL. */
  remember(id, label) {
    if (id && label) this.labels.set(id, label);
  }

  /** The label of an id: remembered, else the stable id inside it. */
  labelOf(id) {
    return this.labels.get(id) ?? decodeGlobalId(id)?.key ?? id;
  }

  wireTabs() {
    for (const tab of document.querySelectorAll('[role="tab"]')) {
      tab.addEventListener('click', () => this.navigate({ view: tab.dataset.view, node: '' }));
      tab.addEventListener('keydown', (event) => {
        const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
        if (!step) return;
        const index = (VIEWS.indexOf(tab.dataset.view) + step + VIEWS.length) % VIEWS.length;
        document.getElementById(`tab-${VIEWS[index]}`).focus();
      });
    }
  }

  showTabs() {
    for (const view of VIEWS) {
      const tab = document.getElementById(`tab-${view}`);
      const selected = view === this.state.view;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(`controls-${view}`).hidden = !selected;
    }
    document.getElementById('encounters-results').hidden = this.state.view !== 'encounters';
    document.getElementById('paths-results').hidden = this.state.view !== 'connection';
    document.body.dataset.view = this.state.view;
  }

  wireAsOf() {
    const input = document.getElementById('as-of');
    const apply = () => {
      const value = input.value.trim();
      if (value === this.state.asOf) return;
      if (value !== '' && !input.checkValidity()) {
        this.showError(`“${value}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.`);
        return;
      }
      this.navigate({ asOf: value });
    };
    input.addEventListener('change', apply);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') apply();
    });
  }
}
