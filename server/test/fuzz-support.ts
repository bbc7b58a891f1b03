import { Writable } from 'node:stream';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import type { Logger } from '../src/common/logger';

/** A real logger (the app's own level and shape) writing into memory, for tests to read. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ level: 'info', base: { service: 'spilno' } }, stream), lines };
}

/** Log lines that carry a stack trace: for a client's mistake there must be none. */
export const withStack = (lines: string[]): string[] =>
  lines.filter((line) => /"stack":|\n\s+at /.test(line));

/** How many changes the audit log holds: every write adds one in its own transaction. */
export async function auditCount(dataSource: DataSource): Promise<number> {
  const [row] = (await dataSource.query('SELECT count(*)::int AS n FROM audit_entry')) as {
    n: number;
  }[];
  return row?.n ?? 0;
}

export interface RawResponse {
  status: number;
  contentType: string | null;
  body: { data?: Record<string, unknown> | null; errors?: RawError[] } | null;
  text: string;
}

export interface RawError {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[] };
}

/** A POST to /graphql as a browser's fetch sends it, with the response read whatever it is. */
export async function postGraphQL(
  url: string,
  payload: unknown,
  cookie: string | null = null,
): Promise<RawResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: parseJson(text),
    text,
  };
}

function parseJson(text: string): RawResponse['body'] {
  try {
    return JSON.parse(text) as RawResponse['body'];
  } catch {
    return null;
  }
}
