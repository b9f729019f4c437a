// A search box with suggestions (an ARIA combobox): debounced `search` queries, arrows to move, Enter to choose.

import { ENTITY_TYPES } from './entityTypes.js';

const DEBOUNCE_MS = 250;
let instances = 0;

/** Wires an `<input>` and a `<ul>` into a combobox; `onChoose({ id, type, label })` gets the pick. */
export class SearchBox {
  constructor({ input, list, find, onChoose, onError }) {
    this.input = input;
    this.list = list;
    this.find = find;
    this.onChoose = onChoose;
    this.onError = onError;
    this.hits = [];
    this.active = -1;
    this.timer = 0;
    this.controller = null;
    this.prefix = `suggestion-${++instances}`;

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.autocomplete = 'off';
    list.setAttribute('role', 'listbox');
    list.hidden = true;

    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    list.addEventListener('mousedown', (event) => event.preventDefault());
    list.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.choose(Number(option.dataset.index));
    });
  }

  /** Shows a label in the box without searching. */
  setText(text) {
    this.input.value = text;
    this.close();
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.suggest(), DEBOUNCE_MS);
  }

  async suggest() {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    this.controller?.abort();
    if (text.length < 2) {
      this.render([]);
      return [];
    }
    const controller = new AbortController();
    this.controller = controller;
    try {
      const hits = await this.find(text, controller.signal);
      if (controller.signal.aborted) return [];
      this.render(hits);
      return hits;
    } catch (error) {
      if (error.name !== 'AbortError') this.onError(error);
      return [];
    }
  }

  async onKey(event) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (this.list.hidden && this.input.value.trim().length >= 2) await this.suggest();
        this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.move(-1);
        break;
      case 'Escape':
        this.close();
        break;
      case 'Enter': {
        event.preventDefault();
        if (this.active >= 0) {
          this.choose(this.active);
        } else {
          const hits = this.list.hidden || this.timer ? await this.suggest() : this.hits;
          if (hits.length > 0) this.choose(0);
        }
        break;
      }
      default:
        break;
    }
  }

  move(step) {
    if (this.hits.length === 0) return;
    this.active = (this.active + step + this.hits.length) % this.hits.length;
    this.paintActive();
  }

  choose(index) {
    const hit = this.hits[index];
    if (!hit) return;
    this.input.value = hit.label;
    this.close();
    this.onChoose(hit);
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  render(hits) {
    this.timer = 0;
    this.hits = hits;
    this.active = -1;
    this.list.replaceChildren(...hits.map((hit, index) => {
      const item = document.createElement('li');
      item.id = `${this.prefix}-${index}`;
      item.setAttribute('role', 'option');
      item.dataset.index = String(index);
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = ENTITY_TYPES[hit.type]?.color ?? '#999';
      const label = document.createElement('span');
      label.textContent = hit.label;
      const type = document.createElement('span');
      type.className = 'hit-type';
      type.textContent = ENTITY_TYPES[hit.type]?.label ?? hit.type;
      item.append(swatch, label, type);
      return item;
    }));
    if (hits.length === 0 && this.input.value.trim().length >= 2) {
      const empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent = 'No match.';
      this.list.append(empty);
    }
    const open = this.list.children.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.paintActive();
  }

  paintActive() {
    [...this.list.querySelectorAll('[role="option"]')].forEach((item, index) => {
      item.setAttribute('aria-selected', String(index === this.active));
    });
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.prefix}-${this.active}`);
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }
}
