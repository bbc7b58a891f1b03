import { errorCodeOfHttpStatus, type ErrorCode } from '@spilno/shared';
import { attachmentUploadPath } from '../../app/paths';
import { isErrorCode } from '../../ui/errors';
import type { OutboxFile, OutboxItem } from './types';

/** Runs a mutation given as text and answers its data; throws as Apollo does. */
export type RunMutation = (
  operation: string,
  variables: Record<string, unknown>,
) => Promise<Record<string, unknown>>;

/** Uploads one file to a record; answers null on success, else why it failed. */
export type UploadFile = (
  target: Record<string, string>,
  file: OutboxFile,
  idempotencyKey: string,
) => Promise<UploadFailure | null>;

/** An upload that failed: no answer at all, or the server's error code. */
export type UploadFailure = { network: true } | { network: false; code: ErrorCode };

/** Progress is kept between steps, so a repeat after a lost answer redoes nothing. */
export interface SendSteps {
  run: RunMutation;
  upload: UploadFile;
  /** Stores the item after each step that succeeded. */
  save: (item: OutboxItem) => Promise<OutboxItem>;
}

export type SendResult =
  { ok: true; item: OutboxItem } | { ok: false; item: OutboxItem; failure: unknown };

/** Thrown for an upload that failed, so the runner classifies it like a mutation's error. */
export class UploadError extends Error {
  constructor(readonly failure: UploadFailure) {
    super(failure.network ? 'upload: no answer' : `upload: ${failure.code}`);
  }
}

function idOf(data: Record<string, unknown>, field: string): string | null {
  const result = data[field];
  if (typeof result !== 'object' || result === null || !('id' in result)) return null;
  return typeof result.id === 'string' ? result.id : null;
}

/** Each file's key is derived from the item's, so each file is stored once however often sent. */
export function fileKey(item: Pick<OutboxItem, 'key'>, index: number): string {
  return `${item.key}.${index}`;
}

/** Sends an item: its mutation unless done, then the files not uploaded yet, in order. */
export async function sendItem(start: OutboxItem, steps: SendSteps): Promise<SendResult> {
  let item = start;
  try {
    if (item.resultId === null) {
      const data = await steps.run(item.operation, { ...item.variables, idempotencyKey: item.key });
      const resultId = item.attach ? idOf(data, item.attach.resultField) : null;
      item = await steps.save({ ...item, resultId: resultId ?? '' });
    }
    for (const [index, file] of item.files.entries()) {
      if (file.uploaded || !item.attach || !item.resultId) continue;
      const failure = await steps.upload(
        { [item.attach.owner]: item.resultId },
        file,
        fileKey(item, index),
      );
      if (failure) throw new UploadError(failure);
      const files = item.files.map((f, i) => (i === index ? { ...f, uploaded: true } : f));
      item = await steps.save({ ...item, files });
    }
    return { ok: true, item };
  } catch (failure) {
    return { ok: false, item, failure };
  }
}

/** The error code in an upload's answer, or the one its status stands for. */
async function uploadCode(response: Response): Promise<ErrorCode> {
  const body: unknown = await response.json().catch(() => null);
  const errors = typeof body === 'object' && body !== null && 'errors' in body ? body.errors : null;
  const first: unknown = Array.isArray(errors) ? errors[0] : null;
  const code =
    typeof first === 'object' && first !== null && 'extensions' in first
      ? (first.extensions as { code?: unknown } | null)?.code
      : undefined;
  return isErrorCode(code) ? code : errorCodeOfHttpStatus(response.status);
}

/** `POST /attachments` with the file as the body and its idempotency key in a header. */
export const uploadWithFetch: UploadFile = async (target, file, idempotencyKey) => {
  const query = new URLSearchParams({ ...target, name: file.name });
  let response: Response;
  try {
    response = await fetch(attachmentUploadPath(query), {
      method: 'POST',
      body: new Blob([file.bytes], { type: file.type }),
      headers: { 'x-spilno-upload': '1', 'idempotency-key': idempotencyKey },
      credentials: 'same-origin',
    });
  } catch {
    return { network: true };
  }
  return response.ok ? null : { network: false, code: await uploadCode(response) };
};
