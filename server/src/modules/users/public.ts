/**
 * What the rest of the server (other modules, the database seeds, the app) uses of users.
 * Only re-exports: the files behind them stay private to the module.
 */
export { User } from './user.entity';
