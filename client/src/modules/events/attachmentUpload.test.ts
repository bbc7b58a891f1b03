import { ErrorCode, FileRefusal, HTTP_STATUS, QuotaKind } from '@spilno/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from './i18n/en.json';
import uk from './i18n/uk.json';
import { uploadAttachment, uploadErrorKey, type UploadErrorKey } from './attachmentUpload';

const refused = (reason: unknown) => ({
  errors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT', reason } }],
});

/** Looks a dotted key up in a translation file. */
function lookup(resources: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : null,
      resources,
    );
}

describe('uploadErrorKey', () => {
  it('explains a 413 as a file over the size limit', () => {
    expect(uploadErrorKey(413, null)).toBe('attachments.errors.tooLarge');
    expect(uploadErrorKey(413, { errors: [] })).toBe('attachments.errors.tooLarge');
  });

  it.each(Object.values(FileRefusal))('explains a 415 refused as %s', (reason) => {
    expect(uploadErrorKey(415, refused(reason))).toBe(`attachments.errors.refused.${reason}`);
  });

  it('falls back to a general refusal for an unknown or missing reason', () => {
    expect(uploadErrorKey(415, refused('virus'))).toBe('attachments.errors.refused.other');
    expect(uploadErrorKey(415, refused(42))).toBe('attachments.errors.refused.other');
    expect(uploadErrorKey(415, null)).toBe('attachments.errors.refused.other');
    expect(uploadErrorKey(415, 'not json')).toBe('attachments.errors.refused.other');
  });

  it('tells apart a lost session, no right to edit, a bad request and anything else', () => {
    expect(uploadErrorKey(401, null)).toBe('attachments.errors.signedOut');
    expect(uploadErrorKey(403, null)).toBe('attachments.errors.forbidden');
    expect(uploadErrorKey(404, null)).toBe('attachments.errors.forbidden');
    expect(uploadErrorKey(400, null)).toBe('attachments.errors.invalid');
    expect(uploadErrorKey(500, null)).toBe('attachments.errors.failed');
    expect(uploadErrorKey(0, null)).toBe('attachments.errors.failed');
  });

  it.each(Object.values(QuotaKind))('explains a quota %s that is full', (quota) => {
    const body = {
      errors: [{ message: 'full', extensions: { code: ErrorCode.QUOTA_EXCEEDED, quota } }],
    };
    expect(uploadErrorKey(HTTP_STATUS.QUOTA_EXCEEDED, body)).toBe(
      `attachments.errors.quota.${quota}`,
    );
  });

  it('reads the code of the body before the status, and the status through the shared table', () => {
    const quota = { errors: [{ extensions: { code: ErrorCode.QUOTA_EXCEEDED, quota: 'x' } }] };
    expect(uploadErrorKey(409, quota)).toBe('attachments.errors.quota.other');
    const signedOut = { errors: [{ extensions: { code: ErrorCode.UNAUTHENTICATED } }] };
    expect(uploadErrorKey(HTTP_STATUS.UNAUTHENTICATED, signedOut)).toBe(
      'attachments.errors.signedOut',
    );
    // A proxy's bare 409 is a conflict, not a full record.
    expect(uploadErrorKey(409, null)).toBe('attachments.errors.failed');
    expect(uploadErrorKey(429, null)).toBe('attachments.errors.failed');
    expect(uploadErrorKey(413, { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] })).toBe(
      'attachments.errors.tooLarge',
    );
  });

  it('has a message for every key in both languages', () => {
    const keys: UploadErrorKey[] = [
      ...[...Object.values(QuotaKind), 'other'].map((quota) =>
        uploadErrorKey(409, {
          errors: [{ extensions: { code: ErrorCode.QUOTA_EXCEEDED, quota } }],
        }),
      ),
      ...[413, 401, 403, 400, 500].map((status) => uploadErrorKey(status, null)),
      ...[...Object.values(FileRefusal), 'other'].map((reason) =>
        uploadErrorKey(415, refused(reason)),
      ),
    ];
    for (const key of keys) {
      expect(lookup(en, key), `en ${key}`).toEqual(expect.any(String));
      expect(lookup(uk, key), `uk ${key}`).toEqual(expect.any(String));
    }
  });
});

describe('uploadAttachment', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refuses a file over 20 MB without sending it', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const file = new File(['x'], 'big.pdf');
    Object.defineProperty(file, 'size', { value: 20 * 1024 * 1024 + 1 });
    expect(await uploadAttachment({ eventId: 'e1' }, file)).toEqual({
      ok: false,
      error: 'attachments.errors.tooLarge',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('posts the raw file with the upload header and maps a refusal', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValue(
        new Response(JSON.stringify(refused(FileRefusal.EXTENSION_MISMATCH)), { status: 415 }),
      );
    vi.stubGlobal('fetch', fetch);
    const file = new File(['MZ'], 'мінути 1.pdf');
    expect(await uploadAttachment({ eventId: 'e1' }, file)).toEqual({
      ok: false,
      error: 'attachments.errors.refused.extension_mismatch',
    });
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(
      `/attachments?eventId=e1&name=${encodeURIComponent('мінути 1.pdf').replace(/%20/g, '+')}`,
    );
    expect(init).toMatchObject({
      method: 'POST',
      body: file,
      headers: { 'x-spilno-upload': '1' },
      credentials: 'same-origin',
    });
  });

  it('names a twinning relation instead of an event', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response('{}', { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const result = await uploadAttachment(
      { twinningRelationId: 't1' },
      new File(['%PDF'], 'a.pdf'),
    );
    expect(result).toEqual({ ok: true });
    expect((fetch.mock.calls[0] as [string])[0]).toBe(
      '/attachments?twinningRelationId=t1&name=a.pdf',
    );
  });

  it('reports a network failure', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('offline')));
    expect(await uploadAttachment({ eventId: 'e1' }, new File(['a'], 'a.csv'))).toEqual({
      ok: false,
      error: 'attachments.errors.failed',
    });
  });
});
