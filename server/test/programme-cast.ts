import { ErrorCode, ProgrammeStatus, Role } from '@spilno/shared';
import { expect } from 'vitest';
import { Organisation } from '../src/modules/organisations/organisation.entity';
import type { Partner } from '../src/modules/programmes/partner.entity';
import type { ProgrammeSide } from '../src/modules/programmes/programme-side.entity';
import type { Programme } from '../src/modules/programmes/programme.entity';
import type { User } from '../src/modules/users/user.entity';
import { buildOrganisation, buildProgramme, buildUser, type BuiltProgramme } from './factories';
import type { Client, GraphQLResult, TestApp } from './graphql';
import { buildCallers } from './matrix';

/**
 * Everyone a programme's permission matrix covers: the roles, each in and out of the
 * programme's scope. `partner` (UA) and `neighbour` (PL) work for partner organisations of
 * every cast programme, on its two sides; `outsider` works for an organisation that is not.
 */
export const CAST = [
  'admin',
  'coordinator',
  'otherCoordinator',
  'partner',
  'neighbour',
  'outsider',
  'observer',
  'anonymous',
] as const;
export type Member = (typeof CAST)[number];
export type SignedIn = Exclude<Member, 'anonymous'>;

export interface Cast {
  users: Record<SignedIn, User>;
  clients: Record<Member, Client>;
  ua: Organisation;
  pl: Organisation;
}

function present<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

export async function buildCast(app: TestApp): Promise<Cast> {
  const ds = app.dataSource;
  // The shared callers: one user per role, the partner working for a fresh UA council.
  const callers = await buildCallers(app);
  const partner = present(callers[Role.PARTNER].user);
  const ua = await ds
    .getRepository(Organisation)
    .findOneByOrFail({ id: present(partner.organisationId) });
  const pl = await buildOrganisation(ds, { country: 'PL', region: 'Województwo podkarpackie' });
  const elsewhere = await buildOrganisation(ds);
  const users: Record<SignedIn, User> = {
    admin: present(callers[Role.ADMIN].user),
    coordinator: present(callers[Role.COORDINATOR].user),
    otherCoordinator: await buildUser(ds, { role: Role.COORDINATOR }),
    partner,
    neighbour: await buildUser(ds, { role: Role.PARTNER, organisationId: pl.id }),
    outsider: await buildUser(ds, { role: Role.PARTNER, organisationId: elsewhere.id }),
    observer: present(callers[Role.OBSERVER].user),
  };
  const clients = {
    admin: callers[Role.ADMIN].client,
    coordinator: callers[Role.COORDINATOR].client,
    otherCoordinator: await app.as(users.otherCoordinator),
    partner: callers[Role.PARTNER].client,
    neighbour: await app.as(users.neighbour),
    outsider: await app.as(users.outsider),
    observer: callers[Role.OBSERVER].client,
    anonymous: callers.anonymous.client,
  };
  return { users, clients, ua, pl };
}

export interface CastProgramme extends BuiltProgramme {
  uaSide: ProgrammeSide;
  plSide: ProgrammeSide;
  /** The partner records of the cast's UA and PL organisations. */
  uaPartner: Partner;
  plPartner: Partner;
}

/** A programme coordinated by the cast's coordinator, with the cast's two partner organisations. */
export async function castProgramme(
  app: TestApp,
  cast: Cast,
  overrides: Partial<Programme> = {},
): Promise<CastProgramme> {
  const built = await buildProgramme(app.dataSource, {
    coordinators: [cast.users.coordinator],
    partners: [cast.ua, cast.pl],
    ...overrides,
  });
  const [uaSide, plSide] = built.sides as [ProgrammeSide, ProgrammeSide];
  const [uaPartner, plPartner] = built.partners as [Partner, Partner];
  return { ...built, uaSide, plSide, uaPartner, plPartner };
}

/**
 * What an operation needs: `read` the programme, `report` progress on an action the
 * partner's organisation is responsible for, or `coordinate` the programme.
 */
export type Access = 'read' | 'report' | 'coordinate';

const ALLOWED: Record<Access, readonly SignedIn[]> = {
  read: ['admin', 'coordinator', 'otherCoordinator', 'partner', 'neighbour', 'observer'],
  report: ['admin', 'coordinator', 'partner'],
  coordinate: ['admin', 'coordinator'],
};

/**
 * The code `member` gets for an operation on a programme in `status`, or undefined when
 * allowed. Drafts are readable only by their coordinators and admins; a record the member
 * may not read is NOT_FOUND, one they may read but not change is FORBIDDEN.
 */
export function refusal(
  member: Member,
  access: Access,
  status: ProgrammeStatus,
): ErrorCode | undefined {
  if (member === 'anonymous') return ErrorCode.UNAUTHENTICATED;
  const readable =
    member === 'admin' ||
    member === 'coordinator' ||
    (status !== ProgrammeStatus.DRAFT && member !== 'outsider');
  if (!readable) return ErrorCode.NOT_FOUND;
  return ALLOWED[access].includes(member) ? undefined : ErrorCode.FORBIDDEN;
}

/** Asserts a BAD_USER_INPUT naming exactly these fields and messages. */
export function expectFields(result: GraphQLResult, fields: [string, string][]): void {
  expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
  expect(result.errors?.[0]?.extensions?.fields).toEqual(
    fields.map(([field, message]) => ({ field, message })),
  );
}

export async function auditCount(app: TestApp): Promise<number> {
  const [row] = await app.dataSource.query<{ n: number }[]>(
    'SELECT count(*)::int AS n FROM audit_entry',
  );
  return row?.n ?? 0;
}

export interface AuditRow {
  action: string;
  entityType: string;
  actorId: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
}

/** The audit entries of one record, oldest first. */
export function auditOf(app: TestApp, entityId: string): Promise<AuditRow[]> {
  return app.dataSource.query(
    `SELECT action, "entityType", "actorId", changes FROM audit_entry
      WHERE "entityId" = $1 ORDER BY at, id`,
    [entityId],
  );
}

/** The latest audit entry of a record, with the names of the fields it changed. */
export async function lastAudit(app: TestApp, entityId: string) {
  const entries = await auditOf(app, entityId);
  const last = present(entries.at(-1));
  return { ...last, fields: last.changes.map((c) => c.field).sort() };
}

/** Every row of `table` where `column` = `value`, in a stable order, for before/after comparisons. */
export async function rowsOf(app: TestApp, table: string, column: string, value: string) {
  const rows = await app.dataSource.query<Record<string, unknown>[]>(
    `SELECT * FROM "${table}" WHERE "${column}" = $1`,
    [value],
  );
  return rows.map((row) => JSON.stringify(row)).sort();
}

/** Runs `request` and asserts that it left `rows` and the audit log as they were. */
export async function expectNoChange(
  app: TestApp,
  rows: () => Promise<unknown>,
  request: () => Promise<GraphQLResult>,
): Promise<GraphQLResult> {
  const before = { rows: await rows(), audit: await auditCount(app) };
  const result = await request();
  expect({ rows: await rows(), audit: await auditCount(app) }).toEqual(before);
  return result;
}
