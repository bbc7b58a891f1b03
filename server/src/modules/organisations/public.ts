/**
 * What the rest of the server (other modules, the database seeds, the app) uses of organisations.
 * Only re-exports: the files behind them stay private to the module.
 */
export { DeclaredMembers } from './declared-members.entity';
export { Membership } from './membership.entity';
export { Organisation } from './organisation.entity';
export { mayEditDirectory } from './organisation.policy';
export { anyCasePattern } from './text-search';
