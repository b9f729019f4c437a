// The legend: one entry per entity type, in the colours and shapes of the drawing.

import { ENTITY_TYPES } from './entityTypes.js';

/** Fills a list with the entity types' swatches and names. */
export function renderLegend(list) {
  list.replaceChildren(...Object.entries(ENTITY_TYPES).map(([type, look]) => {
    const item = document.createElement('li');
    item.dataset.type = type;
    const swatch = document.createElement('span');
    swatch.className = `swatch shape-${look.shape}`;
    swatch.style.background = look.color;
    swatch.setAttribute('aria-hidden', 'true');
    item.append(swatch, document.createTextNode(look.label));
    return item;
  }));
}
