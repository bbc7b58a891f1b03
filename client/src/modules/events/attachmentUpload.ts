import {
  ATTACHMENT_MAX_BYTES,
  AttachmentQuota,
  ErrorCode,
  errorCodeOfHttpStatus,
  FileRefusal,
  PAYLOAD_TOO_LARGE,
  QuotaKind,
  TOO_LARGE_REASON,
  UNSUPPORTED_MEDIA_TYPE,
} from '@spilno/shared';
import { attachmentUploadPath } from '../../app/paths';

/** Megabytes the server accepts per file, for messages. */
export const ATTACHMENT_MAX_MB = ATTACHMENT_MAX_BYTES / 1024 / 1024;

const MB = 1024 * 1024;

/** The values every upload message may name: the file size limit and the quotas. */
export const UPLOAD_MESSAGE_VALUES = {
  size: ATTACHMENT_MAX_MB,
  recordFiles: AttachmentQuota.FILES_PER_RECORD,
  recordMb: AttachmentQuota.BYTES_PER_RECORD / MB,
  programmeFiles: AttachmentQuota.FILES_PER_PROGRAMME,
  programmeMb: AttachmentQuota.BYTES_PER_PROGRAMME / MB,
};

const REFUSALS: ReadonlySet<unknown> = new Set(Object.values(FileRefusal));
const QUOTAS: ReadonlySet<unknown> = new Set(Object.values(QuotaKind));
const CODES: ReadonlySet<unknown> = new Set(Object.values(ErrorCode));

/** The `events` translation key explaining why an upload failed. */
export type UploadErrorKey =
  | 'attachments.errors.tooLarge'
  | `attachments.errors.refused.${FileRefusal}`
  | 'attachments.errors.refused.other'
  | `attachments.errors.quota.${QuotaKind}`
  | 'attachments.errors.quota.other'
  | 'attachments.errors.forbidden'
  | 'attachments.errors.signedOut'
  | 'attachments.errors.invalid'
  | 'attachments.errors.failed';

/** `code` and the `extensions` of the first error of an answer's body, when it has them. */
function firstError(body: unknown): { code?: unknown; reason?: unknown; quota?: unknown } {
  if (typeof body !== 'object' || body === null || !('errors' in body)) return {};
  const errors = (body as { errors?: unknown }).errors;
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  const extensions =
    typeof first === 'object' && first !== null
      ? (first as { extensions?: unknown }).extensions
      : undefined;
  return typeof extensions === 'object' && extensions !== null ? extensions : {};
}

function isErrorCode(value: unknown): value is ErrorCode {
  return CODES.has(value);
}

function isRefusal(value: unknown): value is FileRefusal {
  return REFUSALS.has(value);
}

function isQuota(value: unknown): value is QuotaKind {
  return QUOTAS.has(value);
}

function badInputKey(status: number, reason: unknown): UploadErrorKey {
  if (status === PAYLOAD_TOO_LARGE || reason === TOO_LARGE_REASON) {
    return 'attachments.errors.tooLarge';
  }
  if (isRefusal(reason)) return `attachments.errors.refused.${reason}`;
  if (status === UNSUPPORTED_MEDIA_TYPE) return 'attachments.errors.refused.other';
  return 'attachments.errors.invalid';
}

/**
 * Maps an answer of `POST /attachments` (or no answer: status 0) to what the user reads: by
 * the error code of its body, or, without one, by the code its status stands for in the
 * shared table.
 */
export function uploadErrorKey(status: number, body: unknown): UploadErrorKey {
  const { code, reason, quota } = firstError(body);
  switch (isErrorCode(code) ? code : errorCodeOfHttpStatus(status)) {
    case ErrorCode.BAD_USER_INPUT:
      return badInputKey(status, reason);
    case ErrorCode.QUOTA_EXCEEDED:
      return isQuota(quota)
        ? `attachments.errors.quota.${quota}`
        : 'attachments.errors.quota.other';
    case ErrorCode.UNAUTHENTICATED:
      return 'attachments.errors.signedOut';
    case ErrorCode.FORBIDDEN:
    case ErrorCode.NOT_FOUND:
      return 'attachments.errors.forbidden';
    // Nothing the user can change about the file: the upload failed, to be tried again.
    case ErrorCode.CONFLICT:
    case ErrorCode.RATE_LIMITED:
    case ErrorCode.UNAVAILABLE:
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 'attachments.errors.failed';
  }
}

export type UploadResult = { ok: true } | { ok: false; error: UploadErrorKey };

/** The record a file is attached to: an event or a twinning relation. */
export type AttachmentOwner = { eventId: string } | { twinningRelationId: string };

/** Sends `file` as the raw body; the server judges its type by the content. */
export async function uploadAttachment(owner: AttachmentOwner, file: File): Promise<UploadResult> {
  // Refused here too, so a too large file is not sent all the way first.
  if (file.size > ATTACHMENT_MAX_BYTES)
    return { ok: false, error: uploadErrorKey(PAYLOAD_TOO_LARGE, null) };
  const query = new URLSearchParams({ ...owner, name: file.name });
  let response: Response;
  try {
    response = await fetch(attachmentUploadPath(query), {
      method: 'POST',
      body: file,
      headers: { 'x-spilno-upload': '1' },
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: uploadErrorKey(0, null) };
  }
  if (response.ok) return { ok: true };
  const body: unknown = await response.json().catch(() => null);
  return { ok: false, error: uploadErrorKey(response.status, body) };
}
