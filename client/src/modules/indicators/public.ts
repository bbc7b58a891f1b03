/**
 * What other modules use of indicators: helpers and small components. Pages and programme
 * tabs load lazily, so they are declared in index.ts.
 */
export { achievedShare } from './indicatorProgress';
