// Entry point: builds the page's controller with its three views and exposes it for tests and debugging.

import { App } from './app.js';
import { ConnectionView } from './connectionView.js';
import { EncountersView } from './encountersView.js';
import { NeighborhoodView } from './neighborhoodView.js';

const app = new App({ neighborhood: NeighborhoodView, encounters: EncountersView, connection: ConnectionView });
window.explorer = app;
window.cy = app.graph.cy;
app.start();
