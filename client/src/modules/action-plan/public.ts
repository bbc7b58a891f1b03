/**
 * What other modules use of action-plan: helpers and small components. Pages and programme
 * tabs load lazily, so they are declared in index.ts.
 */
export { optionalNumberError } from './actionForm';
export { compareCodes } from './actionTree';
export { ActionStatusBadge } from './components/ActionStatusBadge';
export { ACTION_STATUSES, OVERDUE_COLOR, statusFill } from './statusColors';
