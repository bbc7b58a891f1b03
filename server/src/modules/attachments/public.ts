/**
 * What the rest of the server (other modules, the database seeds, the app) uses of attachments.
 * Only re-exports: the files behind them stay private to the module.
 */
export { scheduleAttachmentSweep } from './attachment-sweep';
export { Attachment } from './attachment.entity';
export { createAttachmentStore, type AttachmentStore } from './attachment-store';
