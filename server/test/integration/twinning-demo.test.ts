import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemoData } from '../../src/database/demo-seed';
import { SEED_TWINNING } from '../../src/database/demo-seed/twinning';
import { startTestApp, type Client, type TestApp } from '../graphql';
import { TWINNING_DASHBOARD } from '../twinning-documents';

const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`;
const RELATIONS = `{ twinningRelations {
  id status since version
  organisationA { country } organisationB { country }
  programme { code }
  history { fromStatus toStatus effectiveOn author { email } }
  events { title }
} }`;

interface Relations {
  twinningRelations: {
    id: string;
    status: string;
    since: string | null;
    version: number;
    organisationA: { country: string };
    organisationB: { country: string };
    programme: { code: string } | null;
    history: {
      fromStatus: string | null;
      toStatus: string;
      effectiveOn: string;
      author: { email: string } | null;
    }[];
    events: { title: string }[];
  }[];
}

const EMAILS = [
  'admin@spilno.test',
  'observer@spilno.test',
  'partner.kharkiv@spilno.test',
  'partner.neighbour@spilno.test',
] as const;

describe('demo twinning relations', () => {
  let app: TestApp;
  const clients = {} as Record<(typeof EMAILS)[number], Client>;
  const relations = async (email: (typeof EMAILS)[number]) =>
    (await clients[email].ok<Relations>(RELATIONS)).twinningRelations;

  beforeAll(async () => {
    app = await startTestApp();
    await loadDemoData(app.dataSource);
    for (const email of EMAILS) {
      clients[email] = app.anonymous();
      await clients[email].ok(SIGN_IN, { email, password: DEMO_PASSWORD });
    }
  });
  afterAll(() => app?.close());

  it('pairs Kharkiv-region councils with councils across the border, with dated history', async () => {
    const all = await relations('admin@spilno.test');
    expect(all).toHaveLength(SEED_TWINNING.length);
    for (const relation of all) {
      expect(relation.organisationA.country).toBe('UA');
      expect(relation.organisationB.country).not.toBe('UA');
      expect(relation.history.at(-1)?.toStatus).toBe(relation.status);
      expect(relation.history[0]?.fromStatus).toBeNull();
      expect(relation.history.every((h) => h.author !== null)).toBe(true);
      const dates = relation.history.map((h) => h.effectiveOn);
      expect([...dates].sort()).toEqual(dates);
      expect(relation.version).toBe(relation.history.length);
    }
    expect(new Set(all.map((r) => r.status))).toEqual(
      new Set(['PROPOSED', 'NEGOTIATING', 'ACTIVE', 'DORMANT', 'TERMINATED']),
    );
    expect(all.some((r) => r.events.length > 0)).toBe(true);
  });

  it('keeps the SPACES draft’s relation from the observer and the partners', async () => {
    const observed = await relations('observer@spilno.test');
    expect(observed.length).toBe(SEED_TWINNING.length - 1);
    expect(observed.some((r) => r.programme?.code === 'SPACES-2020')).toBe(false);
    const kharkiv = await relations('partner.kharkiv@spilno.test');
    expect(kharkiv.some((r) => r.programme?.code === 'SPACES-2020')).toBe(false);
    // Both sides' partners see the relations of the programme they take part in.
    expect((await relations('partner.neighbour@spilno.test')).map((r) => r.id).sort()).toEqual(
      kharkiv.map((r) => r.id).sort(),
    );
  });

  it('counts the programme’s relations on its dashboard', async () => {
    const all = await relations('admin@spilno.test');
    const programmeId = (
      await clients['admin@spilno.test'].ok<{ programmes: { id: string; code: string }[] }>(
        '{ programmes { id code } }',
      )
    ).programmes.find((p) => p.code === 'KH-BE-2012')?.id;
    const data = await clients['observer@spilno.test'].ok<{
      programmeDashboard: { twinningByStatus: { status: string; count: number }[] };
    }>(TWINNING_DASHBOARD, { programmeId });
    const inProgramme = all.filter((r) => r.programme?.code === 'KH-BE-2012');
    for (const { status, count } of data.programmeDashboard.twinningByStatus) {
      expect(count).toBe(inProgramme.filter((r) => r.status === status).length);
    }
  });
});
