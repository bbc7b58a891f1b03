/**
 * What other modules use of dashboard: helpers and small components. Pages and programme
 * tabs load lazily, so they are declared in index.ts.
 */
export { PlanSummary } from './components/PlanSummary';
