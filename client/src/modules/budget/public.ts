/**
 * What other modules use of budget: helpers and small components. Pages and programme
 * tabs load lazily, so they are declared in index.ts.
 */
export { formatMoney, formatMoneyCompact } from './money';
