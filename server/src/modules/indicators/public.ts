/**
 * What the rest of the server (other modules, the database seeds, the app) uses of indicators.
 * Only re-exports: the files behind them stay private to the module.
 */
export { computedValueSql, computedValues } from './indicator-values';
export { Indicator } from './indicator.entity';
