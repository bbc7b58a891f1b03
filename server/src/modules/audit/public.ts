/**
 * What the rest of the server (other modules, the database seeds, the app) uses of audit.
 * Only re-exports: the files behind them stay private to the module.
 */
export { AuditTrail } from './audit-trail';
export { mayReadAudit } from './audit.policy';
export { changedFields, type AuditRecord, type AuditService } from './audit.service';
