/**
 * How many files, and how many bytes in all, one record and one programme may hold. A record
 * is an event or a twinning relation; a programme's total counts the files of its events and
 * of the twinning relations linked to it. An upload past any of them is QUOTA_EXCEEDED.
 */
export const AttachmentQuota = {
  FILES_PER_RECORD: 50,
  BYTES_PER_RECORD: 200 * 1024 * 1024,
  FILES_PER_PROGRAMME: 1000,
  BYTES_PER_PROGRAMME: 2 * 1024 * 1024 * 1024,
} as const;

/** Which limit an upload hit, in `extensions.quota` of its QUOTA_EXCEEDED answer. */
export const QuotaKind = {
  FILES_PER_RECORD: 'FILES_PER_RECORD',
  BYTES_PER_RECORD: 'BYTES_PER_RECORD',
  FILES_PER_PROGRAMME: 'FILES_PER_PROGRAMME',
  BYTES_PER_PROGRAMME: 'BYTES_PER_PROGRAMME',
} as const;
export type QuotaKind = (typeof QuotaKind)[keyof typeof QuotaKind];
