import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, isEmpty, loadDemoData } from '../../src/database/demo-seed';
import { startTestApp, type Client, type TestApp } from '../graphql';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { id email role organisation { id name country } }
}`;
const PROGRAMMES = '{ programmes { id code status } }';
const PROGRAMME = 'query ($id: ID!) { programme(id: $id) { code } }';

const EVENTS = `query ($programmeId: ID!) {
  events(programmeId: $programmeId, limit: 200) {
    total
    items { type status timeZone organiser { side { country } } attendees { count } }
  }
}`;
const DASHBOARD = `query ($programmeId: ID!) {
  programmeDashboard(programmeId: $programmeId) {
    eventsByType { type count }
    attendeesBySide { sideId count }
  }
}`;
const INDICATORS = `query ($id: ID!) {
  programme(id: $id) { indicators { name source achieved countedEvents { type } } }
}`;

interface Events {
  events: {
    total: number;
    items: {
      type: string;
      status: string;
      timeZone: string;
      organiser: { side: { country: string } } | null;
      attendees: { count: number }[];
    }[];
  };
}
interface Dashboard {
  programmeDashboard: {
    eventsByType: { type: string; count: number }[];
    attendeesBySide: { sideId: string; count: number }[];
  };
}
interface Indicators {
  programme: {
    indicators: {
      name: string;
      source: string;
      achieved: number;
      countedEvents: { type: string }[];
    }[];
  };
}

interface Programmes {
  programmes: { id: string; code: string; status: string }[];
}
interface SignedIn {
  signIn: { role: string; organisation: { name: string; country: string } | null };
}

/** The demo accounts the README promises, with the role each must have. */
const ACCOUNTS = {
  'admin@spilno.test': 'ADMIN',
  'coordinator@spilno.test': 'COORDINATOR',
  'partner.kharkiv@spilno.test': 'PARTNER',
  'partner.neighbour@spilno.test': 'PARTNER',
  'observer@spilno.test': 'OBSERVER',
} as const;
type Account = keyof typeof ACCOUNTS;

describe('demo data', () => {
  let app: TestApp;
  const clients = {} as Record<Account, Client>;
  const signedIn = {} as Record<Account, SignedIn['signIn']>;
  let emptyBefore: boolean;

  beforeAll(async () => {
    app = await startTestApp();
    emptyBefore = await isEmpty(app.dataSource);
    await loadDemoData(app.dataSource);
    for (const email of Object.keys(ACCOUNTS) as Account[]) {
      clients[email] = app.anonymous();
      signedIn[email] = (
        await clients[email].ok<SignedIn>(SIGN_IN, { email, password: DEMO_PASSWORD })
      ).signIn;
    }
  });
  afterAll(() => app?.close());

  const codes = async (email: Account) =>
    (await clients[email].ok<Programmes>(PROGRAMMES)).programmes.map((p) => p.code);

  it('goes into an empty database, which is then no longer empty', async () => {
    expect(emptyBefore).toBe(true);
    expect(await isEmpty(app.dataSource)).toBe(false);
  });

  it('has the five demo accounts, each signing in with the demo password in its role', () => {
    for (const [email, role] of Object.entries(ACCOUNTS)) {
      expect(signedIn[email as Account].role).toBe(role);
    }
  });

  it('puts the partners in councils on both sides of the border', () => {
    expect(signedIn['partner.kharkiv@spilno.test'].organisation?.country).toBe('UA');
    const neighbour = signedIn['partner.neighbour@spilno.test'].organisation;
    expect(neighbour).not.toBeNull();
    expect(neighbour?.country).not.toBe('UA');
  });

  it('refuses the demo accounts a wrong password', async () => {
    const result = await app
      .anonymous()
      .request(SIGN_IN, { email: 'admin@spilno.test', password: 'spilno-demo-2025' });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows the coordinator both demo programmes, the draft included', async () => {
    const programmes = (await clients['coordinator@spilno.test'].ok<Programmes>(PROGRAMMES))
      .programmes;
    expect(programmes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'KH-BE-2012', status: 'ACTIVE' }),
        expect.objectContaining({ code: 'SPACES-2020', status: 'DRAFT' }),
      ]),
    );
  });

  it('shows the Kharkiv partner its programme but not the SPACES draft, even by id', async () => {
    const admin = (await clients['admin@spilno.test'].ok<Programmes>(PROGRAMMES)).programmes;
    const spaces = admin.find((p) => p.code === 'SPACES-2020');
    expect(spaces).toBeDefined();
    const partner = clients['partner.kharkiv@spilno.test'];
    expect(await codes('partner.kharkiv@spilno.test')).toContain('KH-BE-2012');
    expect(await codes('partner.kharkiv@spilno.test')).not.toContain('SPACES-2020');
    expect(await partner.ok(PROGRAMME, { id: spaces!.id })).toEqual({ programme: null });
  });

  it('shows the neighbour’s partner the cross-border programme', async () => {
    expect(await codes('partner.neighbour@spilno.test')).toContain('KH-BE-2012');
  });

  it('shows the observer no drafts at all', async () => {
    const programmes = (await clients['observer@spilno.test'].ok<Programmes>(PROGRAMMES))
      .programmes;
    expect(programmes.map((p) => p.code)).toContain('KH-BE-2012');
    expect(programmes.filter((p) => p.status === 'DRAFT')).toEqual([]);
  });

  describe('events of the cross-border programme', () => {
    let programmeId: string;
    let events: Events['events'];
    const coordinator = () => clients['coordinator@spilno.test'];

    beforeAll(async () => {
      const programmes = (await coordinator().ok<Programmes>(PROGRAMMES)).programmes;
      programmeId = programmes.find((p) => p.code === 'KH-BE-2012')!.id;
      events = (await coordinator().ok<Events>(EVENTS, { programmeId })).events;
    });

    it('logs about a month of events, held ones and one still planned', () => {
      expect(events.total).toBeGreaterThanOrEqual(6);
      expect(events.items).toHaveLength(events.total);
      const statuses = events.items.map((e) => e.status);
      expect(statuses.filter((s) => s === 'PLANNED')).toHaveLength(1);
      expect(statuses.filter((s) => s === 'HELD').length).toBe(events.total - 1);
    });

    it('has events organised from both sides, each in its own zone', () => {
      const countries = new Set(events.items.map((e) => e.organiser?.side.country));
      expect(countries).toEqual(new Set(['UA', 'RU']));
      for (const event of events.items) {
        const country = event.organiser?.side.country;
        expect(event.timeZone).toBe(country === 'UA' ? 'Europe/Kyiv' : 'Europe/Moscow');
      }
    });

    it('fills the dashboard from the held events', async () => {
      const { programmeDashboard } = await coordinator().ok<Dashboard>(DASHBOARD, {
        programmeId,
      });
      expect(programmeDashboard.eventsByType.length).toBeGreaterThan(0);
      expect(programmeDashboard.attendeesBySide).toHaveLength(2);
      for (const side of programmeDashboard.attendeesBySide) expect(side.count).toBeGreaterThan(0);
    });

    it('computes the events and attendees indicators from them', async () => {
      const { indicators } = (await coordinator().ok<Indicators>(INDICATORS, { id: programmeId }))
        .programme;
      const held = events.items.filter((e) => e.status === 'HELD');
      const meetings = indicators.find((i) => i.name.startsWith('Проведено конференцій'))!;
      expect(meetings.source).toBe('EVENTS_HELD');
      expect(meetings.achieved).toBe(
        held.filter((e) => e.type === 'CONFERENCE' || e.type === 'ROUND_TABLE').length,
      );
      expect(meetings.countedEvents.length).toBe(meetings.achieved);
      const attendees = indicators.find((i) => i.name.startsWith('Учасники'))!;
      expect(attendees.source).toBe('ATTENDEES');
      const total = held.flatMap((e) => e.attendees).reduce((sum, a) => sum + a.count, 0);
      expect(attendees.achieved).toBe(total);
    });

    it('has its public page online, in English too; the draft has none', async () => {
      const page = `query ($code: String!, $language: String) {
        publicProgramme(code: $code, language: $language) { title language events { title } }
      }`;
      const visitor = app.anonymous();
      const english = await visitor.ok<{
        publicProgramme: { title: string; language: string; events: unknown[] } | null;
      }>(page, { code: 'KH-BE-2012', language: 'en' });
      expect(english.publicProgramme?.language).toBe('en');
      expect(english.publicProgramme?.title).toMatch(/^Cross-border/);
      expect(english.publicProgramme?.events.length).toBeGreaterThan(0);
      expect(await visitor.ok(page, { code: 'SPACES-2020' })).toEqual({ publicProgramme: null });
    });
  });
});
