import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ErrorCode,
  EventStatus,
  EventType,
  ProgrammeStatus,
  TwinningKind,
  TwinningStatus,
} from '@spilno/shared';
import { TwinningStatusChange } from '../../src/modules/twinning/twinning-status-change.entity';
import { createSchema } from '../../src/schema';
import { queryFields, sampleOperation } from '../anonymous-surface';
import { useCast } from '../cast-world';
import { PUBLIC_PROGRAMME, PUBLISH } from '../dashboard-documents';
import {
  buildAction,
  buildEvent,
  buildIndicator,
  buildOrganisation,
  buildProgressNote,
  buildSignatory,
  buildTwinning,
} from '../factories';
import type { TestApp } from '../graphql';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

interface PublicProgramme {
  code: string;
  title: string;
  summary: string | null;
  language: string;
  languages: string[];
  overallProgress: number;
  sides: { id: string; name: string; country: string }[];
  partners: { name: string; country: string; sideId: string; role: string }[];
  actions: { code: string; title: string; status: string; progress: number }[];
  events: { type: string; title: string; organiser: string | null; outcomes: string | null }[];
  twinning: {
    organisations: { name: string; nameEn: string | null; country: string }[];
    kind: string;
    since: string | null;
    areas: string[];
  }[];
}

async function publicPage(code: string, language?: string) {
  const data = await app
    .anonymous()
    .ok<{ publicProgramme: PublicProgramme | null }>(PUBLIC_PROGRAMME, { code, language });
  return data.publicProgramme;
}

/** Marks text that must never reach the public page. */
const SECRET = 'SECRET';

/**
 * A published programme with everything a programme holds: a plan with budgets and a
 * sub-action, progress notes, held, planned and cancelled events, indicators, a signatory,
 * and twinning relations: an active one with contacts and a noted history, a proposed one,
 * and an active one of no programme.
 */
async function publishedProgramme(): Promise<CastProgramme> {
  const p = await castProgramme(app, cast, {
    title: 'Прикордонне співробітництво громад',
    summary: 'Спільні заходи громад обох сторін.',
    published: true,
    translations: [
      { language: 'en', title: 'Cross-border cooperation', text: 'Joint events of both sides.' },
    ],
  });
  const ds = app.dataSource;
  const id = p.programme.id;
  const top = await buildAction(ds, id, {
    code: '1',
    title: 'Круглі столи',
    translations: [{ language: 'en', title: 'Round tables', text: null }],
    plannedBudget: 98765.43,
    spentBudget: 12345.67,
    responsible: [p.uaPartner],
  });
  const sub = await buildAction(ds, id, {
    code: '1.1',
    parentId: top.id,
    title: `Підзахід ${SECRET}`,
    ownProgress: 40,
  });
  await buildProgressNote(ds, sub, cast.users.partner, { note: `Нотатка ${SECRET}` });
  await buildEvent(ds, id, {
    status: EventStatus.HELD,
    type: EventType.CONFERENCE,
    title: 'Конференція громад',
    description: `Опис ${SECRET}`,
    onlineLink: 'https://meet.example/secret-room',
    organiserPartnerId: p.uaPartner.id,
    outcomes: 'Підписано меморандум про співпрацю.',
    agenda: [{ title: `Питання ${SECRET}`, decision: null }],
    attendees: [{ sideId: p.uaSide.id, count: 17 }],
  });
  await buildEvent(ds, id, { title: `Запланована ${SECRET}` });
  await buildEvent(ds, id, { title: `Скасована ${SECRET}`, status: EventStatus.CANCELLED });
  await buildIndicator(ds, id, { name: `Показник ${SECRET}` });
  await buildSignatory(ds, id, { person: `Підписант ${SECRET}` });
  await twinningOf(p);
  return p;
}

async function twinningOf(p: CastProgramme) {
  const ds = app.dataSource;
  const active = await buildTwinning(ds, cast.ua, cast.pl, {
    kind: TwinningKind.AGREEMENT,
    since: '2026-03-15',
    areas: ['Культура', 'Освіта'],
    description: `Опис ${SECRET}`,
    contacts: [
      {
        organisationId: cast.ua.id,
        name: `Контакт ${SECRET}`,
        position: `Посада ${SECRET}`,
        email: 'contact@example.org',
        phone: '+380 57 000 00 00',
      },
    ],
    programmeId: p.programme.id,
    author: cast.users.coordinator,
  });
  await ds.getRepository(TwinningStatusChange).save({
    relationId: active.id,
    fromStatus: TwinningStatus.NEGOTIATING,
    toStatus: TwinningStatus.ACTIVE,
    effectiveOn: '2026-03-15',
    authorId: cast.users.coordinator.id,
    note: `Нотатка ${SECRET}`,
  });
  const other = await buildOrganisation(ds, { name: `Громада ${SECRET}`, country: 'PL' });
  await buildTwinning(ds, cast.ua, other, {
    status: TwinningStatus.PROPOSED,
    areas: [`Сфера ${SECRET}`],
    programmeId: p.programme.id,
  });
  await buildTwinning(ds, cast.pl, await buildOrganisation(ds, { name: `Рада ${SECRET}` }), {
    programmeId: null,
  });
}

describe('public programme page', () => {
  let p: CastProgramme;
  let page: PublicProgramme | null;

  beforeAll(async () => {
    p = await publishedProgramme();
    page = await publicPage(p.programme.code);
  });

  it('shows the summary, sides, partners, plan progress and held events with outcomes', () => {
    expect(page).toMatchObject({
      code: p.programme.code,
      title: 'Прикордонне співробітництво громад',
      summary: 'Спільні заходи громад обох сторін.',
      language: 'uk',
      languages: ['uk', 'en'],
      overallProgress: 40,
      sides: [
        { id: p.uaSide.id, name: p.uaSide.name, country: 'UA' },
        { id: p.plSide.id, name: p.plSide.name, country: 'PL' },
      ],
      actions: [{ code: '1', title: 'Круглі столи', status: 'PLANNED', progress: 40 }],
      events: [
        {
          type: 'CONFERENCE',
          title: 'Конференція громад',
          organiser: cast.ua.name,
          outcomes: 'Підписано меморандум про співпрацю.',
        },
      ],
    });
    expect(page?.partners).toEqual([
      { name: cast.ua.name, nameEn: null, country: 'UA', sideId: p.uaSide.id, role: 'PARTNER' },
      { name: cast.pl.name, nameEn: null, country: 'PL', sideId: p.plSide.id, role: 'PARTNER' },
    ]);
  });

  it('lists the active twinning relations of the programme: who, kind, since and areas', () => {
    expect(page?.twinning).toEqual([
      {
        organisations: [
          { name: cast.ua.name, nameEn: null, country: 'UA' },
          { name: cast.pl.name, nameEn: null, country: 'PL' },
        ],
        kind: 'AGREEMENT',
        since: '2026-03-15',
        areas: ['Культура', 'Освіта'],
      },
    ]);
  });

  it('shows nothing about users, drafts, planned work, budgets, notes, contacts or links', () => {
    const everything = JSON.stringify(page);
    expect(everything).not.toContain('@');
    expect(everything).not.toContain('+380');
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain('meet.example');
    for (const money of ['98765', '12345']) expect(everything).not.toContain(money);
    for (const user of Object.values(cast.users)) {
      expect(everything).not.toContain(user.name);
      expect(everything).not.toContain(user.email);
    }
  });

  it('offers no field for users, budgets, reports or monitoring at all', async () => {
    const schema = await createSchema();
    const seen = new Set<string>();
    const walk = (typeName: string) => {
      if (seen.has(typeName)) return;
      seen.add(typeName);
      const type = schema.getType(typeName);
      if (!type || !('getFields' in type)) return;
      for (const field of Object.values(type.getFields())) {
        expect(field.name).not.toMatch(/email|user|budget|coordinator|report|issue|note/i);
        const named = String(field.type).replace(/[[\]!]/g, '');
        walk(named);
      }
    };
    walk('PublicProgramme');
    expect([...seen]).not.toContain('User');
  });

  it('speaks the reader’s language where translated, else the original', async () => {
    expect(await publicPage(p.programme.code, 'en')).toMatchObject({
      title: 'Cross-border cooperation',
      summary: 'Joint events of both sides.',
      language: 'en',
      actions: [{ title: 'Round tables' }],
    });
    expect(await publicPage(p.programme.code, 'de')).toMatchObject({
      title: 'Прикордонне співробітництво громад',
      language: 'uk',
    });
  });

  it('is null for unpublished programmes, drafts and unknown codes', async () => {
    const unpublished = await castProgramme(app, cast);
    const draft = await castProgramme(app, cast, {
      status: ProgrammeStatus.DRAFT,
      published: true,
    });
    expect(await publicPage(unpublished.programme.code)).toBeNull();
    expect(await publicPage(draft.programme.code)).toBeNull();
    expect(await publicPage('NO-SUCH-CODE')).toBeNull();
    expect(await publicPage('X'.repeat(500))).toBeNull();
  });

  it('goes online when published and is gone at once when unpublished', async () => {
    const fresh = await castProgramme(app, cast);
    const coordinator = cast.clients.coordinator;
    const on = await coordinator.ok<{ publishProgramme: { version: number } }>(PUBLISH, {
      id: fresh.programme.id,
      version: fresh.programme.version,
      published: true,
    });
    expect((await publicPage(fresh.programme.code))?.code).toBe(fresh.programme.code);
    await coordinator.ok(PUBLISH, {
      id: fresh.programme.id,
      version: on.publishProgramme.version,
      published: false,
    });
    expect(await publicPage(fresh.programme.code)).toBeNull();
  });
});

describe('anonymous access', () => {
  it('opens only the public pages, sign-in and the current user to anonymous callers', async () => {
    const schema = await createSchema();
    const open: string[] = [];
    for (const field of queryFields(schema)) {
      const { query, variables } = sampleOperation('query', field);
      const result = await app.anonymous().request(query, variables);
      const code = result.errors?.[0]?.extensions?.code;
      if (code !== ErrorCode.UNAUTHENTICATED) open.push(field.name);
    }
    expect(open.sort()).toEqual(['me', 'publicCall', 'publicProgramme']);
  });
});
