import { Role } from '@spilno/shared';
import { DateTime } from 'luxon';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/auth/public';
import { ActionResponsible, Action } from '../../modules/action-plan/public';
import { EventAttendance, EventParticipant, Event } from '../../modules/events/public';
import { Indicator } from '../../modules/indicators/public';
import { DeclaredMembers, Membership, Organisation } from '../../modules/organisations/public';
import {
  Partner,
  ProgrammeCoordinator,
  ProgrammeSide,
  Programme,
} from '../../modules/programmes/public';
import { User } from '../../modules/users/public';
import {
  ASSOCIATION_DECLARED_MEMBERS,
  ASSOCIATION_MEMBER_KEYS,
  BELGOROD_MEMBER_KEYS,
  SEED_ORGANISATIONS,
} from './organisations';
import { KH_BE_ACTIONS, KH_BE_INDICATORS } from './action-plan';
import { KH_BE_EVENTS, KH_BE_INDICATOR_SOURCES, type SeedEvent } from './events';
import { insertMonitoring } from './insert-monitoring';
import { SEED_PROGRAMMES } from './programmes';
import { insertTwinning } from './twinning';
import { insertReports } from './reports';

export const DEMO_PASSWORD = 'spilno-demo-2026';

export const DEMO_ACCOUNTS = [
  {
    email: 'admin@spilno.test',
    name: 'Олена Адміністратор',
    role: Role.ADMIN,
    organisation: 'association',
  },
  {
    email: 'coordinator@spilno.test',
    name: 'Микола Координатор',
    role: Role.COORDINATOR,
    organisation: 'association',
  },
  {
    email: 'partner.kharkiv@spilno.test',
    name: 'Ірина Харківська',
    role: Role.PARTNER,
    organisation: 'kharkivRegion',
  },
  {
    email: 'partner.neighbour@spilno.test',
    name: 'Сергей Белгородский',
    role: Role.PARTNER,
    organisation: 'belgorodDuma',
  },
  {
    email: 'observer@spilno.test',
    name: 'Андрій Спостерігач',
    role: Role.OBSERVER,
    organisation: null,
  },
] as const;

/** True when the database has no accounts yet: the only state demo data goes into. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(User).count()) === 0;
}

/**
 * Loads the demo data taken from the source documents: the Kharkiv region's councils and
 * association with its members, the Belgorod side, the 2012–2014 programme, its twinning
 * relations and the demo accounts.
 */
export async function loadDemoData(dataSource: DataSource): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    const orgs = await insertOrganisations(manager);
    await insertMemberships(manager, orgs);
    const users = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const user = await manager.save(
        manager.create(User, {
          email: account.email,
          name: account.name,
          role: account.role,
          organisationId: account.organisation ? orgs.get(account.organisation) : null,
          passwordHash,
          active: true,
        }),
      );
      users.set(account.email, user.id);
    }
    const coordinatorId = users.get('coordinator@spilno.test');
    const programmes = new Map<string, string>();
    for (const seed of SEED_PROGRAMMES) {
      const { sides, partners, ...fields } = seed;
      const programme = await manager.save(manager.create(Programme, fields));
      programmes.set(programme.code, programme.id);
      const sideIds = [];
      for (const [position, side] of sides.entries()) {
        const saved = await manager.save(
          manager.create(ProgrammeSide, { ...side, programmeId: programme.id, position }),
        );
        sideIds.push(saved.id);
      }
      for (const partner of partners) {
        await manager.insert(Partner, {
          programmeId: programme.id,
          organisationId: required(orgs, partner.organisation),
          sideId: sideIds[partner.side],
          role: partner.role,
        });
      }
      await manager.insert(ProgrammeCoordinator, {
        programmeId: programme.id,
        userId: coordinatorId,
      });
      if (seed.code === 'KH-BE-2012') {
        const actions = await insertActionPlan(manager, programme.id, orgs);
        await insertEvents(manager, programme.id, sideIds, orgs, actions);
        await insertMonitoring(manager, programme.id, orgs, users);
        await insertReports(manager, { programme, orgs, actions, users });
      }
    }
    await insertTwinning(manager, { organisations: orgs, users, programmes });
  });
}

async function insertActionPlan(
  manager: EntityManager,
  programmeId: string,
  orgs: Map<string, string>,
) {
  const partners = await manager.findBy(Partner, { programmeId });
  const partnerOf = (key: string) => {
    const partner = partners.find((p) => p.organisationId === required(orgs, key));
    if (!partner) throw new Error(`demo action plan names "${key}", not a partner`);
    return partner.id;
  };
  const ids = new Map<string, string>();
  for (const { code, progress, responsible, ...fields } of KH_BE_ACTIONS) {
    const parentCode = code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null;
    const action = await manager.save(
      manager.create(Action, {
        ...fields,
        code,
        programmeId,
        ownProgress: progress,
        parentId: parentCode ? required(ids, parentCode) : null,
      }),
    );
    ids.set(code, action.id);
    await manager.insert(
      ActionResponsible,
      responsible.map((key) => ({ actionId: action.id, partnerId: partnerOf(key) })),
    );
  }
  await manager.insert(
    Indicator,
    KH_BE_INDICATORS.map((indicator) => ({
      ...indicator,
      ...KH_BE_INDICATOR_SOURCES[indicator.name],
      programmeId,
    })),
  );
  return ids;
}

async function insertEvents(
  manager: EntityManager,
  programmeId: string,
  sideIds: string[],
  orgs: Map<string, string>,
  actions: Map<string, string>,
) {
  const partners = await manager.findBy(Partner, { programmeId });
  for (const seed of KH_BE_EVENTS) {
    const organisationId = required(orgs, seed.organiser);
    const organiser = partners.find((p) => p.organisationId === organisationId);
    if (!organiser) throw new Error(`demo event names "${seed.organiser}", not a partner`);
    const event = await manager.save(
      manager.create(Event, {
        programmeId,
        type: seed.type,
        title: seed.title,
        description: seed.description ?? null,
        startsAt: instant(seed, seed.startsAt),
        endsAt: instant(seed, seed.endsAt),
        timeZone: seed.timeZone,
        format: seed.format,
        venue: seed.venue,
        organiserPartnerId: organiser.id,
        status: seed.status,
        actionId: seed.action ? required(actions, seed.action) : null,
        outcomes: seed.outcomes ?? null,
        agenda: seed.agenda ?? [],
      }),
    );
    await manager.insert(
      EventParticipant,
      seed.participants.map((key) => ({ eventId: event.id, organisationId: required(orgs, key) })),
    );
    await manager.insert(
      EventAttendance,
      seed.attendees.map((count, side) => ({ eventId: event.id, sideId: sideIds[side], count })),
    );
  }
}

/** The seeds give wall-clock times; the zone's rules of the day turn them into instants. */
function instant(seed: SeedEvent, local: string): Date {
  const time = DateTime.fromISO(local, { zone: seed.timeZone });
  if (!time.isValid) throw new Error(`demo event "${seed.title}" has a bad time ${local}`);
  return time.toJSDate();
}

async function insertOrganisations(manager: EntityManager): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // Parents come before children in the list, so one pass resolves every parent.
  for (const { key, parent, ...fields } of SEED_ORGANISATIONS) {
    const saved = await manager.save(
      manager.create(Organisation, { ...fields, parentId: parent ? required(ids, parent) : null }),
    );
    ids.set(key, saved.id);
  }
  return ids;
}

async function insertMemberships(manager: EntityManager, orgs: Map<string, string>) {
  const rows = [
    ...ASSOCIATION_MEMBER_KEYS.map((key) => ({
      association: 'association',
      key,
      joinedOn: '2007-06-01',
    })),
    ...BELGOROD_MEMBER_KEYS.map((key) => ({
      association: 'belgorodAssociation',
      key,
      joinedOn: '2008-01-01',
    })),
  ];
  await manager.insert(
    Membership,
    rows.map((row) => ({
      associationId: required(orgs, row.association),
      memberId: required(orgs, row.key),
      joinedOn: row.joinedOn,
    })),
  );
  const associationId = required(orgs, 'association');
  await manager.insert(
    DeclaredMembers,
    ASSOCIATION_DECLARED_MEMBERS.map((figure) => ({ associationId, ...figure })),
  );
}

function required(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`demo data refers to unknown organisation "${key}"`);
  return id;
}
