/**
 * What the rest of the server (other modules, the database seeds, the app) uses of twinning.
 * Only re-exports: the files behind them stay private to the module.
 */
export { TwinningEvent } from './twinning-event.entity';
export { TwinningRelation } from './twinning-relation.entity';
export { TwinningStatusChange } from './twinning-status-change.entity';
export { mayProposeTwinning, mayRecordTwinning } from './twinning.policy';
export type { TwinningService } from './twinning.service';
