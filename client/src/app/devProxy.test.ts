import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SERVER_PATHS } from '@spilno/shared';
import { createServer, resolveConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CONFIG_FILE = path.resolve(__dirname, '../../vite.config.ts');

/** A concrete path for a route pattern: each `:param` filled with a sample segment. */
const sample = (pattern: string) => pattern.replace(/:[A-Za-z]+/g, 'sample-1');

/** Whether Vite's dev server would proxy `url`, matching it the way Vite does. */
function proxied(keys: string[], url: string): boolean {
  return keys.some((key) =>
    key.startsWith('^') ? new RegExp(key).test(url) : url.startsWith(key),
  );
}

/** GET `url` over plain HTTP; the answer's status and body. */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('the development proxy', () => {
  it('forwards every path the server answers — the printable PDF included — and no page', async () => {
    const config = await resolveConfig({ configFile: CONFIG_FILE }, 'serve');
    const keys = Object.keys(config.server.proxy ?? {});
    for (const pattern of Object.values(SERVER_PATHS)) {
      expect(proxied(keys, sample(pattern)), pattern).toBe(true);
      expect(proxied(keys, `${sample(pattern)}?x=1`), `${pattern}?x=1`).toBe(true);
    }
    expect(proxied(keys, '/programmes/sample-1/report.pdf')).toBe(true);
    for (const page of ['/', '/programmes', '/programmes/sample-1', '/programmes/sample-1/report'])
      expect(proxied(keys, page), page).toBe(false);
  });

  describe('in a running dev server', () => {
    const seen: string[] = [];
    // Stands in for the API server: answers every request with the path it was asked for.
    const upstream = http.createServer((req, res) => {
      seen.push(req.url ?? '');
      res.setHeader('Content-Type', 'application/pdf');
      res.end(`upstream ${req.url ?? ''}`);
    });
    let vite: Awaited<ReturnType<typeof createServer>> | undefined;
    let base = '';

    beforeAll(async () => {
      await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
      process.env.SPILNO_API_URL = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
      vite = await createServer({
        configFile: CONFIG_FILE,
        logLevel: 'silent',
        server: { host: '127.0.0.1', port: 0, hmr: false },
      });
      await vite.listen();
      base = `http://127.0.0.1:${(vite.httpServer?.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      delete process.env.SPILNO_API_URL;
      await vite?.close();
      await new Promise<void>((resolve) => upstream.close(() => resolve()));
    });

    it('serves the printable PDF from the server, not the not-found page of the app', async () => {
      const pdf = await get(`${base}/programmes/p1/report.pdf?lang=en`);
      expect(pdf).toEqual({ status: 200, body: 'upstream /programmes/p1/report.pdf?lang=en' });
      const page = await get(`${base}/programmes/p1/report`);
      expect(page.body).toContain('<div id="root">');
      expect(seen).toEqual(['/programmes/p1/report.pdf?lang=en']);
    });
  });
});
