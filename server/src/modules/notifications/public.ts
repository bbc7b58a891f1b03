/**
 * What the rest of the server uses of notifications: modules tell of their writes through
 * `NotificationService.notify`, with a notice built from their own records.
 */
export type { Audience, Notice } from './notice';
export { readerOf } from './recipients';
export type { NotificationService } from './notification.service';
export { QUEUE_SCHEMA } from './queue';
