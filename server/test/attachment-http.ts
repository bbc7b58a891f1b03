import { UPLOAD_HEADER } from '../src/modules/attachments/attachment.route';
import type { Client } from './graphql';

/** An upload's answer: the attachment, or the errors of a refused one. */
export interface Uploaded {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  downloadPath: string;
  errors?: { message: string; extensions: { code: string; reason?: string } }[];
}

export function cookieOf(client: Client): Record<string, string> {
  return client.cookie ? { cookie: client.cookie } : {};
}

/** POSTs `body` as a file of `eventId`, as the browser does, with `client`'s session. */
export async function uploadAttachment(
  url: string,
  client: Client,
  eventId: string,
  name: string,
  body: Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Uploaded }> {
  const query = new URLSearchParams({ eventId, name });
  const response = await fetch(`${url}/attachments?${query}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      [UPLOAD_HEADER]: '1',
      ...cookieOf(client),
      ...headers,
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as Uploaded };
}

/** GETs an attachment's bytes with `client`'s session. */
export function downloadAttachment(url: string, client: Client, id: string): Promise<Response> {
  return fetch(`${url}/attachments/${id}`, { headers: cookieOf(client) });
}
