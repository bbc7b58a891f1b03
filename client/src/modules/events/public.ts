/**
 * What other modules use of events: helpers and small components. Pages and programme
 * tabs load lazily, so they are declared in index.ts.
 */
export { AttachmentsPanel } from './components/AttachmentsPanel';
export { EventStatusBadge } from './components/EventStatusBadge';
export { EventTime } from './components/EventTime';
