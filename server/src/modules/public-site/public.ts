/**
 * What the rest of the server (other modules, the database seeds, the app) uses of public-site.
 * Only re-exports: the files behind them stay private to the module.
 */
export { activeTwinning } from './active-twinning';
export { PublicTwinning } from './public.types';
