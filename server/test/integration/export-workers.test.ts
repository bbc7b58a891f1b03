import 'reflect-metadata';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { threadId } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCast } from '../cast-world';
import { buildEvents } from '../factories';
import type { TestApp } from '../graphql';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';

let app: TestApp;
let cast: Cast;
let large: CastProgramme[];

/** Events per programme: one such report took seconds of the request thread's time to render. */
const EVENTS = 3000;

useCast((world) => ({ app, cast } = world));
beforeAll(async () => {
  large = [await castProgramme(app, cast), await castProgramme(app, cast)];
  for (const p of large) {
    await buildEvents(app.dataSource, p.programme.id, [p.uaPartner.id, p.plPartner.id], EVENTS);
  }
}, 120_000);

describe('PDF reports of large programmes', () => {
  it('are rendered in worker threads while the server keeps answering', async () => {
    const before = app.services.exports.stats().renders;
    const delay = monitorEventLoopDelay({ resolution: 20 });
    delay.enable();
    // Four different reports at once: each programme in both languages.
    const reports = Promise.all(
      large.flatMap((p) =>
        ['uk', 'en'].map(async (lang) => {
          const response = await fetch(
            `${app.url}/programmes/${p.programme.id}/report.pdf?lang=${lang}`,
            { headers: { cookie: cast.clients.observer.cookie ?? '' } },
          );
          return { status: response.status, size: (await response.arrayBuffer()).byteLength };
        }),
      ),
    );
    // Meanwhile a light query, again and again: the longest it waits is what a user would feel.
    let done = false;
    void reports.finally(() => (done = true));
    let slowest = 0;
    while (!done) {
      const started = performance.now();
      await cast.clients.observer.ok('{ me { id } }');
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const answers = await reports;
    // The histogram takes a delay in when its timer next fires.
    await new Promise((resolve) => setTimeout(resolve, 50));
    delay.disable();

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    // The latest thousand events listed (REPORT_EVENTS_MAX): still a long document.
    for (const answer of answers) expect(answer.size).toBeGreaterThan(150_000);
    const { renders, threadIds } = app.services.exports.stats();
    expect(renders).toBe(before + 4);
    expect(threadIds.length).toBeGreaterThan(0);
    expect(threadIds).not.toContain(threadId);
    // Loose bounds: rendered on this thread, each of these reports held it for over 3 s.
    expect(delay.max / 1e6).toBeLessThan(1000);
    expect(slowest).toBeLessThan(1000);
  }, 180_000);
});
