import crypto from 'node:crypto';
import { OrganisationKind, PartnerRole, ProgrammeStatus, Role } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../src/modules/auth/password';
import { Organisation } from '../src/modules/organisation/organisation.entity';
import { Partner } from '../src/modules/programme/partner.entity';
import { ProgrammeCoordinator } from '../src/modules/programme/programme-coordinator.entity';
import { ProgrammeSide } from '../src/modules/programme/programme-side.entity';
import { Programme } from '../src/modules/programme/programme.entity';
import { User } from '../src/modules/user/user.entity';

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
    code: `P-${unique()}`,
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
