import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { programmeBudgets, type ProgrammeBudget } from '../modules/action/budget';
import { ActionResponsible } from '../modules/action/action-responsible.entity';
import { Action } from '../modules/action/action.entity';
import { ProgressNote } from '../modules/action/progress-note.entity';
import { Attachment } from '../modules/attachment/attachment.entity';
import { EventAttendance } from '../modules/event/event-attendance.entity';
import { EventParticipant } from '../modules/event/event-participant.entity';
import { Event } from '../modules/event/event.entity';
import { computedValues, countedEventIds } from '../modules/indicator/indicator-values';
import { Indicator } from '../modules/indicator/indicator.entity';
import { ProgrammeSignatory } from '../modules/programme/programme-signatory.entity';
import { DeclaredMembers } from '../modules/organisation/declared-members.entity';
import { Programme } from '../modules/programme/programme.entity';
import { Membership } from '../modules/organisation/membership.entity';
import { memberCounts } from '../modules/organisation/membership.service';
import { Organisation } from '../modules/organisation/organisation.entity';
import { Partner } from '../modules/programme/partner.entity';
import { ProgrammeCoordinator } from '../modules/programme/programme-coordinator.entity';
import { ProgrammeSide } from '../modules/programme/programme-side.entity';
import { createReportLoaders } from '../modules/report/report-loaders';
import { User } from '../modules/user/user.entity';

type Keyed = ObjectLiteral & { id: string };

/** Loads records by id, one query per batch, in the order asked. */
export function byId<T extends Keyed>(dataSource: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Loads the rows pointing at each key through `column`, one query per batch. */
export function manyBy<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await dataSource
      .getRepository(entity)
      .find({ where: { [column]: In([...keys]) } as never, order: order as never });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[column] as string)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Fresh per request, so nothing cached outlives the request or leaks across users. */
export function createLoaders(dataSource: DataSource) {
  return {
    organisation: byId(dataSource, Organisation),
    user: byId(dataSource, User),
    side: byId(dataSource, ProgrammeSide),
    sidesByProgramme: manyBy(dataSource, ProgrammeSide, 'programmeId', { position: 'ASC' }),
    partnersByProgramme: manyBy(dataSource, Partner, 'programmeId', { createdAt: 'ASC' }),
    coordinatorsByProgramme: manyBy(dataSource, ProgrammeCoordinator, 'programmeId'),
    signatoriesByProgramme: manyBy(dataSource, ProgrammeSignatory, 'programmeId', {
      signedOn: 'ASC',
    }),
    partner: byId(dataSource, Partner),
    membersByAssociation: manyBy(dataSource, Membership, 'associationId', { joinedOn: 'ASC' }),
    membershipsByMember: manyBy(dataSource, Membership, 'memberId', { joinedOn: 'ASC' }),
    budget: new DataLoader<{ id: string; currency: string }, ProgrammeBudget, string>(
      (programmes) => programmeBudgets(dataSource, programmes),
      { cacheKeyFn: (programme) => programme.id },
    ),
    memberCount: new DataLoader<string, number>((ids) => memberCounts(dataSource, ids)),
    declaredByAssociation: manyBy(dataSource, DeclaredMembers, 'associationId', { asOf: 'DESC' }),
    actionsByProgramme: manyBy(dataSource, Action, 'programmeId', { code: 'ASC' }),
    responsibleByAction: manyBy(dataSource, ActionResponsible, 'actionId'),
    notesByAction: manyBy(dataSource, ProgressNote, 'actionId', { at: 'DESC' }),
    indicatorsByProgramme: manyBy(dataSource, Indicator, 'programmeId', { createdAt: 'ASC' }),
    action: byId(dataSource, Action),
    event: byId(dataSource, Event),
    programme: byId(dataSource, Programme),
    eventsByAction: manyBy(dataSource, Event, 'actionId', { startsAt: 'ASC' }),
    attendanceByEvent: manyBy(dataSource, EventAttendance, 'eventId'),
    participantsByEvent: manyBy(dataSource, EventParticipant, 'eventId'),
    attachmentsByEvent: manyBy(dataSource, Attachment, 'eventId', { createdAt: 'ASC' }),
    /** Achieved value of a computed indicator, by indicator id. */
    computedAchieved: new DataLoader<string, number>(async (ids) => {
      const values = await computedValues(dataSource, ids);
      return ids.map((id) => values.get(id) ?? 0);
    }),
    /** Ids of the held events a computed indicator counts, by indicator id. */
    countedEventIds: new DataLoader<string, string[]>(async (ids) => {
      const groups = await countedEventIds(dataSource, ids);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    ...createReportLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
