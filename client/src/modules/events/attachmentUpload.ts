import { ATTACHMENT_MAX_BYTES, FileRefusal } from '@spilno/shared';

/** Megabytes the server accepts per file, for messages. */
export const ATTACHMENT_MAX_MB = ATTACHMENT_MAX_BYTES / 1024 / 1024;

const REFUSALS = new Set<string>(Object.values(FileRefusal));

/** The `events` translation key explaining why an upload failed. */
export type UploadErrorKey =
  | 'attachments.errors.tooLarge'
  | `attachments.errors.refused.${FileRefusal}`
  | 'attachments.errors.refused.other'
  | 'attachments.errors.forbidden'
  | 'attachments.errors.signedOut'
  | 'attachments.errors.invalid'
  | 'attachments.errors.failed';

/** The refusal reason of a 415 answer (`errors[0].extensions.reason`), if it is a known one. */
function refusalOf(body: unknown): FileRefusal | null {
  if (typeof body !== 'object' || body === null || !('errors' in body)) return null;
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return null;
  const first: unknown = errors[0];
  const reason =
    typeof first === 'object' && first !== null
      ? (first as { extensions?: { reason?: unknown } }).extensions?.reason
      : undefined;
  return typeof reason === 'string' && REFUSALS.has(reason) ? (reason as FileRefusal) : null;
}

/** Maps an answer of `POST /attachments` (or no answer: status 0) to what the user reads. */
export function uploadErrorKey(status: number, body: unknown): UploadErrorKey {
  switch (status) {
    case 413:
      return 'attachments.errors.tooLarge';
    case 415: {
      const reason = refusalOf(body);
      return reason ? `attachments.errors.refused.${reason}` : 'attachments.errors.refused.other';
    }
    case 401:
      return 'attachments.errors.signedOut';
    case 403:
    case 404:
      return 'attachments.errors.forbidden';
    case 400:
      return 'attachments.errors.invalid';
    default:
      return 'attachments.errors.failed';
  }
}

export type UploadResult = { ok: true } | { ok: false; error: UploadErrorKey };

/** The record a file is attached to: an event or a twinning relation. */
export type AttachmentOwner = { eventId: string } | { twinningRelationId: string };

/** Sends `file` as the raw body; the server judges its type by the content. */
export async function uploadAttachment(owner: AttachmentOwner, file: File): Promise<UploadResult> {
  // Refused here too, so a too large file is not sent all the way first.
  if (file.size > ATTACHMENT_MAX_BYTES) return { ok: false, error: uploadErrorKey(413, null) };
  const query = new URLSearchParams({ ...owner, name: file.name });
  let response: Response;
  try {
    response = await fetch(`/attachments?${query.toString()}`, {
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
