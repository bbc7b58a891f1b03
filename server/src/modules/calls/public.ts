/**
 * What the rest of the server (other modules, the database seeds, the app) uses of calls.
 * Only re-exports: the files behind them stay private to the module.
 */
export { ApplicationMember } from './application-member.entity';
export { ApplicationScore } from './application-score.entity';
export { Application } from './application.entity';
export { Call } from './call.entity';
export { mayApply, mayManageCalls } from './calls.policy';
