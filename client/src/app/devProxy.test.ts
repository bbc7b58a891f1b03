import path from 'node:path';
import { SERVER_PATHS } from '@spilno/shared';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';

/** A concrete path for a route pattern: each `:param` filled with a sample segment. */
const sample = (pattern: string) => pattern.replace(/:[A-Za-z]+/g, 'sample-1');

/** Whether Vite's dev server would proxy `url`, matching it the way Vite does. */
function proxied(keys: string[], url: string): boolean {
  return keys.some((key) =>
    key.startsWith('^') ? new RegExp(key).test(url) : url.startsWith(key),
  );
}

describe('the development proxy', () => {
  it('forwards every path the server answers — the printable PDF included — and no page', async () => {
    const config = await resolveConfig(
      { configFile: path.resolve(__dirname, '../../vite.config.ts') },
      'serve',
    );
    const keys = Object.keys(config.server.proxy ?? {});
    for (const pattern of Object.values(SERVER_PATHS)) {
      expect(proxied(keys, sample(pattern)), pattern).toBe(true);
      expect(proxied(keys, `${sample(pattern)}?x=1`), `${pattern}?x=1`).toBe(true);
    }
    expect(proxied(keys, '/programmes/sample-1/report.pdf')).toBe(true);
    for (const page of ['/', '/programmes', '/programmes/sample-1', '/programmes/sample-1/report'])
      expect(proxied(keys, page), page).toBe(false);
  });
});
