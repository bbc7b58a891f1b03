/**
 * What the rest of the server (other modules, the database seeds, the app) uses of events.
 * Only re-exports: the files behind them stay private to the module.
 */
export { EventAttendance } from './event-attendance.entity';
export { EventParticipant } from './event-participant.entity';
export { Event } from './event.entity';
export { mayOrganiseEvent } from './event.policy';
export type { EventService } from './event.service';
export { heldSql } from './held';
