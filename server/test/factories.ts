import crypto from 'node:crypto';
import {
  ActionStatus,
  EventFormat,
  EventStatus,
  EventType,
  OrganisationKind,
  PartnerRole,
  ProgrammeStatus,
  Role,
  TwinningKind,
  TwinningStatus,
} from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { ActionResponsible } from '../src/modules/action-plan/action-responsible.entity';
import { Action } from '../src/modules/action-plan/action.entity';
import { ProgressNote } from '../src/modules/action-plan/progress-note.entity';
import { hashPassword } from '../src/modules/auth/password';
import { EventAttendance } from '../src/modules/events/event-attendance.entity';
import { Event } from '../src/modules/events/event.entity';
import { Indicator } from '../src/modules/indicators/indicator.entity';
import { Organisation } from '../src/modules/organisations/organisation.entity';
import { Partner } from '../src/modules/programmes/partner.entity';
import { ProgrammeCoordinator } from '../src/modules/programmes/programme-coordinator.entity';
import { ProgrammeSide } from '../src/modules/programmes/programme-side.entity';
import { ProgrammeSignatory } from '../src/modules/programmes/programme-signatory.entity';
import { Programme } from '../src/modules/programmes/programme.entity';
import { TwinningRelation } from '../src/modules/twinning/twinning-relation.entity';
import { TwinningStatusChange } from '../src/modules/twinning/twinning-status-change.entity';
import { User } from '../src/modules/users/user.entity';

export const TEST_PASSWORD = 'correct-horse-battery';

let passwordHash: Promise<string> | undefined;
/** Hashing is deliberately slow; every factory user shares one hash of TEST_PASSWORD. */
function sharedHash() {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

const unique = () => crypto.randomBytes(4).toString('hex');

export function buildOrganisation(ds: DataSource, overrides: Partial<Organisation> = {}) {
  return ds.getRepository(Organisation).save({
    name: `Рада ${unique()}`,
    kind: OrganisationKind.CITY_COUNCIL,
    country: 'UA',
    region: 'Харківська область',
    nameEn: null,
    parentId: null,
    population: null,
    ...overrides,
  });
}

export async function buildUser(ds: DataSource, overrides: Partial<User> = {}): Promise<User> {
  return ds.getRepository(User).save({
    email: `user-${unique()}@spilno.test`,
    name: `User ${unique()}`,
    role: Role.OBSERVER,
    passwordHash: await sharedHash(),
    active: true,
    organisationId: null,
    lastSignInAt: null,
    ...overrides,
  });
}

export interface BuiltProgramme {
  programme: Programme;
  sides: ProgrammeSide[];
  partners: Partner[];
}

/**
 * A programme with two sides (UA and a neighbour) and, optionally, partners and coordinators.
 * `partners` are organisations placed on the side of their country.
 */
export async function buildProgramme(
  ds: DataSource,
  overrides: Partial<Programme> & {
    coordinators?: User[];
    partners?: Organisation[];
  } = {},
): Promise<BuiltProgramme> {
  const { coordinators = [], partners = [], ...fields } = overrides;
  const programme = await ds.getRepository(Programme).save({
    code: `P-${unique().toUpperCase()}`,
    title: 'Прикордонне співробітництво',
    summary: null,
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    status: ProgrammeStatus.ACTIVE,
    published: false,
    currency: 'EUR',
    languages: ['uk', 'en'],
    ...fields,
  });
  const sides = await ds.getRepository(ProgrammeSide).save([
    { programmeId: programme.id, name: 'Харківська область', country: 'UA', position: 0 },
    { programmeId: programme.id, name: 'Neighbour region', country: 'PL', position: 1 },
  ]);
  const built = await ds.getRepository(Partner).save(
    partners.map((organisation) => ({
      programmeId: programme.id,
      organisationId: organisation.id,
      sideId: (sides.find((s) => s.country === organisation.country) ?? sides[0]!).id,
      role: PartnerRole.PARTNER,
    })),
  );
  await ds
    .getRepository(ProgrammeCoordinator)
    .save(coordinators.map((user) => ({ programmeId: programme.id, userId: user.id })));
  return { programme, sides, partners: built };
}

export type ActionOverrides = Partial<Action> & { responsible?: Partner[] };

/** An action of `programmeId` within the default programme period, with its responsible partners. */
export async function buildAction(
  ds: DataSource,
  programmeId: string,
  overrides: ActionOverrides = {},
): Promise<Action> {
  const { responsible = [], ...fields } = overrides;
  const action = await ds.getRepository(Action).save({
    programmeId,
    parentId: null,
    code: `A-${unique()}`,
    title: 'Круглий стіл',
    description: null,
    translations: [],
    startsOn: '2026-03-01',
    dueOn: '2026-06-30',
    status: ActionStatus.PLANNED,
    ownProgress: 0,
    weight: 1,
    plannedBudget: null,
    spentBudget: null,
    ...fields,
  });
  await ds
    .getRepository(ActionResponsible)
    .save(responsible.map((partner) => ({ actionId: action.id, partnerId: partner.id })));
  return action;
}

/** A progress note on an action, as reportActionProgress would write it. */
export function buildProgressNote(
  ds: DataSource,
  action: Action,
  author: User,
  overrides: Partial<ProgressNote> = {},
) {
  return ds.getRepository(ProgressNote).save({
    actionId: action.id,
    authorId: author.id,
    fromProgress: 0,
    toProgress: 10,
    fromStatus: ActionStatus.PLANNED,
    toStatus: ActionStatus.IN_PROGRESS,
    note: null,
    ...overrides,
  });
}

export function buildIndicator(
  ds: DataSource,
  programmeId: string,
  overrides: Partial<Indicator> = {},
): Promise<Indicator> {
  return ds.getRepository(Indicator).save({
    programmeId,
    actionId: null,
    name: 'Круглих столів проведено',
    unit: 'events',
    target: 6,
    achieved: 0,
    ...overrides,
  });
}

export function buildSignatory(
  ds: DataSource,
  programmeId: string,
  overrides: Partial<ProgrammeSignatory> = {},
): Promise<ProgrammeSignatory> {
  return ds.getRepository(ProgrammeSignatory).save({
    programmeId,
    person: 'Олена Коваль',
    position: null,
    organisationId: null,
    signedOn: null,
    ...overrides,
  });
}

/** `organisation` as a partner of a programme built earlier, on the side of its country. */
export function buildPartner(
  ds: DataSource,
  built: BuiltProgramme,
  organisation: Organisation,
  overrides: Partial<Partner> = {},
): Promise<Partner> {
  return ds.getRepository(Partner).save({
    programmeId: built.programme.id,
    organisationId: organisation.id,
    sideId: (built.sides.find((s) => s.country === organisation.country) ?? built.sides[0]!).id,
    role: PartnerRole.PARTNER,
    ...overrides,
  });
}

export type EventOverrides = Partial<Event> & { attendees?: { sideId: string; count: number }[] };

/** An event of `programmeId` (a planned round table in Kharkiv), with attendees per side. */
export async function buildEvent(
  ds: DataSource,
  programmeId: string,
  overrides: EventOverrides = {},
): Promise<Event> {
  const { attendees = [], ...fields } = overrides;
  const event = await ds.getRepository(Event).save({
    programmeId,
    type: EventType.ROUND_TABLE,
    title: 'Круглий стіл громад',
    description: null,
    translations: [],
    startsAt: new Date('2026-04-14T07:00:00Z'),
    endsAt: new Date('2026-04-14T10:00:00Z'),
    timeZone: 'Europe/Kyiv',
    format: EventFormat.IN_PERSON,
    venue: 'Харків',
    onlineLink: null,
    organiserPartnerId: null,
    status: EventStatus.PLANNED,
    actionId: null,
    outcomes: null,
    agenda: [],
    ...fields,
  });
  await ds.getRepository(EventAttendance).save(attendees.map((a) => ({ eventId: event.id, ...a })));
  return event;
}

/**
 * `count` held events of a programme (all past, organised in turn by its first two partners),
 * each attended by 2 people from every side, inserted in bulk: a programme of a large size.
 */
export async function buildEvents(
  ds: DataSource,
  programmeId: string,
  organiserPartnerIds: [string, string],
  count: number,
): Promise<void> {
  await ds.query(
    `INSERT INTO event ("programmeId", type, title, "startsAt", "endsAt", "timeZone", status,
                        "organiserPartnerId")
     SELECT $1, (ARRAY['ROUND_TABLE','CONFERENCE','WORKSHOP']::event_type[])[1 + n % 3],
            'Подія ' || n, t, t + interval '2 hours', 'Europe/Kyiv', 'HELD',
            CASE WHEN n % 2 = 0 THEN $2::uuid ELSE $3::uuid END
       FROM generate_series(1, $4::int) AS n,
            LATERAL (SELECT timestamptz '2024-01-05 08:00Z' + n * interval '1 hour') AS s(t)`,
    [programmeId, ...organiserPartnerIds, count],
  );
  await ds.query(
    `INSERT INTO event_attendance ("eventId", "sideId", count)
     SELECT e.id, s.id, 2 FROM event e CROSS JOIN programme_side s
      WHERE e."programmeId" = $1 AND s."programmeId" = $1 AND e.title LIKE 'Подія %'`,
    [programmeId],
  );
}

export type TwinningOverrides = Partial<TwinningRelation> & { author?: User };

/**
 * A twinning relation between two organisations with the first entry of its history, as
 * createTwinningRelation would write it (an active memorandum on culture by default).
 */
export async function buildTwinning(
  ds: DataSource,
  organisationA: Organisation,
  organisationB: Organisation,
  overrides: TwinningOverrides = {},
): Promise<TwinningRelation> {
  const { author, ...fields } = overrides;
  const relation = await ds.getRepository(TwinningRelation).save({
    organisationAId: organisationA.id,
    organisationBId: organisationB.id,
    proposingOrganisationId: organisationA.id,
    kind: TwinningKind.MEMORANDUM,
    status: TwinningStatus.ACTIVE,
    since: '2026-02-01',
    areas: ['Культура'],
    description: null,
    contacts: [],
    programmeId: null,
    ...fields,
  });
  await ds.getRepository(TwinningStatusChange).save({
    relationId: relation.id,
    fromStatus: null,
    toStatus: relation.status,
    effectiveOn: relation.since ?? '2026-02-01',
    authorId: author?.id ?? null,
    note: null,
  });
  return relation;
}
