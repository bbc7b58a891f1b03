import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@spilno/shared';
import { cookieOf } from '../attachment-http';
import { buildEvent, buildProgramme, buildUser } from '../factories';
import { startTestApp, type TestApp } from '../graphql';

// A built client is not guaranteed here, so the server serves a small one written the way the
// build writes it: a hashed script with its .br and .gz beside it, and index.html with its own.
const SCRIPT = `console.log(${JSON.stringify('спільно '.repeat(400))});\n`;
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(50)}</body></html>\n`;

const WORKER = `self.addEventListener('install', () => self.skipWaiting());\n${'// precache\n'.repeat(100)}`;
const MANIFEST = JSON.stringify({ name: 'Спільно · Spilno', lang: 'uk', start_url: '/' });

let app: TestApp;
let clientDir: string;

function writeWithCompressed(file: string, text: string) {
  fs.writeFileSync(file, text);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text));
}

beforeAll(async () => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-client-'));
  fs.mkdirSync(path.join(clientDir, 'assets'));
  writeWithCompressed(path.join(clientDir, 'assets', 'index-AbC123.js'), SCRIPT);
  writeWithCompressed(path.join(clientDir, 'index.html'), INDEX);
  writeWithCompressed(path.join(clientDir, 'sw.js'), WORKER);
  fs.writeFileSync(path.join(clientDir, 'manifest.webmanifest'), MANIFEST);
  app = await startTestApp({ clientDir });
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as sent, not decoded (fetch would decode them and hide the encoding). */
  body: Buffer;
}

function send(
  url: string,
  headers: http.OutgoingHttpHeaders,
  options: { method?: string; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

function decode(response: RawResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(response.body).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(response.body).toString('utf8');
  expect(encoding).toBeUndefined();
  return response.body.toString('utf8');
}

describe('the built client', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ])('answers a hashed asset for Accept-Encoding %s with %s', async (accept, encoding) => {
    const response = await send(`${app.url}/assets/index-AbC123.js`, { 'accept-encoding': accept });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(decode(response)).toBe(SCRIPT);
    if (encoding) expect(response.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
  });

  it.each(['/', '/index.html', '/programmes/some-id/plan'])(
    'answers %s with index.html, compressed and revalidated',
    async (pathname) => {
      const response = await send(`${app.url}${pathname}`, { 'accept-encoding': 'gzip, br' });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers.vary).toMatch(/Accept-Encoding/i);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(decode(response)).toBe(INDEX);
    },
  );

  it('answers 304 to a revalidation of index.html with its ETag', async () => {
    const first = await send(`${app.url}/`, { 'accept-encoding': 'gzip' });
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await send(`${app.url}/`, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers the service worker revalidated, never immutable, so a new build replaces it', async () => {
    const response = await send(`${app.url}/sw.js`, { 'accept-encoding': 'br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(decode(response)).toBe(WORKER);
  });

  it('answers the web app manifest with its own type, revalidated', async () => {
    const response = await send(`${app.url}/manifest.webmanifest`, { 'accept-encoding': 'br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(decode(response))).toMatchObject({ lang: 'uk' });
  });

  it('answers a missing Workbox runtime with 404, not with the app', async () => {
    const response = await send(`${app.url}/workbox-0ld999.js`, { 'accept-encoding': 'br' });
    expect(response.status).toBe(404);
  });

  it('answers a missing hashed file with 404, not with the app', async () => {
    const response = await send(`${app.url}/assets/index-Old999.js`, { 'accept-encoding': 'br' });
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('API answers', () => {
  const introspection = JSON.stringify({ query: '{ __schema { types { name description } } }' });
  const json = { 'content-type': 'application/json' };
  // Production refuses introspection with a small answer; a development server's is large.
  let dev: TestApp;
  beforeAll(async () => {
    dev = await startTestApp({ production: false });
  });
  afterAll(() => dev?.close());

  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ])('answers /graphql for Accept-Encoding %s with %s', async (accept, encoding) => {
    const response = await send(
      `${dev.url}/graphql`,
      { ...json, 'accept-encoding': accept },
      { method: 'POST', body: introspection },
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    const body = JSON.parse(decode(response)) as { data: { __schema: { types: unknown[] } } };
    expect(body.data.__schema.types.length).toBeGreaterThan(50);
    if (encoding) expect(response.body.length).toBeLessThan(decode(response).length / 2);
  });

  it('leaves a body too small to gain from compression as it is', async () => {
    const response = await send(
      `${app.url}/graphql`,
      { ...json, 'accept-encoding': 'br, gzip' },
      { method: 'POST', body: JSON.stringify({ query: '{ __typename }' }) },
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });

  it('compresses the calendar feed but not the spreadsheet or the PDF, compressed already', async () => {
    const admin = await app.as(await buildUser(app.dataSource, { role: Role.ADMIN }));
    const { programme } = await buildProgramme(app.dataSource);
    for (let index = 0; index < 5; index++) await buildEvent(app.dataSource, programme.id);
    const headers = { ...cookieOf(admin), 'accept-encoding': 'br, gzip' };

    const calendar = await send(`${app.url}/calendar/${programme.id}.ics`, headers);
    expect(calendar.status).toBe(200);
    expect(calendar.headers['content-encoding']).toBe('br');
    expect(decode(calendar)).toMatch(/^BEGIN:VCALENDAR/);

    for (const file of [
      `/export/programmes/${programme.id}/actions.xlsx`,
      `/programmes/${programme.id}/report.pdf`,
    ]) {
      const response = await send(`${app.url}${file}`, headers);
      expect(response.status, file).toBe(200);
      expect(response.headers['content-encoding'], file).toBeUndefined();
      expect(response.body.length, file).toBeGreaterThan(1024);
    }
  });
});
