import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '@spilno/shared';
import { startTestApp, type TestApp } from '../graphql';
import { buildCast, castProgramme, type Cast } from '../programme-cast';
import { CREATE_PERIOD } from '../report-documents';

let app: TestApp;
let cast: Cast;

beforeAll(async () => {
  app = await startTestApp();
  cast = await buildCast(app);
});
afterAll(() => app?.close());

describe('calendar dates at the GraphQL boundary', () => {
  it('refuses days the calendar does not have as bad input, by the rule the forms apply', async () => {
    const p = await castProgramme(app, cast);
    for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29']) {
      const result = await cast.clients.coordinator.request(CREATE_PERIOD, {
        programmeId: p.programme.id,
        input: { startsOn: bad, endsOn: '2026-06-30', dueOn: '2026-07-31' },
      });
      expect(result.errors?.[0]?.extensions?.code, bad).toBe(ErrorCode.BAD_USER_INPUT);
      expect(JSON.stringify(result.errors), bad).toContain('startsOn');
      expect(result.data?.createReportingPeriod ?? null).toBeNull();
    }
  });
});
