import {
  LIST_LIMITS,
  OrganisationKind,
  ReportStatus,
  ReviewDecision,
  Role,
  TwinningKind,
  TwinningStatus,
  addDays,
} from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { DeclaredMembers } from '../src/modules/organisations/declared-members.entity';
import { Membership } from '../src/modules/organisations/membership.entity';
import { ProgrammeCoordinator } from '../src/modules/programmes/programme-coordinator.entity';
import { ProgrammeSignatory } from '../src/modules/programmes/programme-signatory.entity';
import { ReportReview } from '../src/modules/progress-reports/report-review.entity';
import { TwinningEvent } from '../src/modules/twinning/twinning-event.entity';
import { TwinningRelation } from '../src/modules/twinning/twinning-relation.entity';
import { TwinningStatusChange } from '../src/modules/twinning/twinning-status-change.entity';
import { User } from '../src/modules/users/user.entity';
import { Action } from '../src/modules/action-plan/action.entity';
import {
  arg,
  at,
  day,
  events,
  ids,
  insert,
  more,
  organisations,
  range,
  type BoundedList,
} from './bounded-list-cases';
import { buildOrganisation, buildProgramme, buildTwinning } from './factories';
import { buildReport } from './report-factories';

/** A query of one record by `$id`, asking `selection` of it. */
const byId = (root: string, limited: boolean, selection: string) =>
  `query(${limited ? '$limit: Int!, ' : ''}$id: ID!) { ${root}(id: $id) { ${selection} } }`;

/** The fields of records that take `limit` (see bounded-list-cases.ts). */
export const BOUNDED_FIELDS: BoundedList[] = [
  {
    field: 'TwinningRelation.events',
    bound: LIST_LIMITS.twinningEvents,
    async seed(ds) {
      const { programme } = await buildProgramme(ds);
      const relation = await twinning(ds);
      const all = await events(ds, programme.id, more(LIST_LIMITS.twinningEvents));
      await insert(
        ds,
        TwinningEvent,
        all.map((eventId, i) => ({ relationId: relation.id, eventId, linkedAt: at(i) })),
      );
      return {
        document: (l) => byId('twinningRelation', l, `events${arg(l)} { id }`),
        variables: { id: relation.id },
        keys: (data: { twinningRelation: { events: { id: string }[] } }) =>
          ids(data.twinningRelation.events),
        all,
      };
    },
  },
  {
    field: 'TwinningRelation.history',
    bound: LIST_LIMITS.twinningHistory,
    latest: true,
    async seed(ds) {
      // Its first status is written now, after all of these.
      const relation = await twinning(ds);
      await insert(
        ds,
        TwinningStatusChange,
        range(LIST_LIMITS.twinningHistory.default).map((i) => ({
          relationId: relation.id,
          toStatus: TwinningStatus.ACTIVE,
          effectiveOn: day(i),
          at: at(i),
        })),
      );
      const history = await ds.getRepository(TwinningStatusChange).find({
        where: { relationId: relation.id },
        order: { at: 'ASC', id: 'ASC' },
      });
      return {
        document: (l) => byId('twinningRelation', l, `history${arg(l)} { id }`),
        variables: { id: relation.id },
        keys: (data: { twinningRelation: { history: { id: string }[] } }) =>
          ids(data.twinningRelation.history),
        all: ids(history),
      };
    },
  },
  {
    field: 'Organisation.members',
    bound: LIST_LIMITS.members,
    async seed(ds) {
      const association = await buildOrganisation(ds, { kind: OrganisationKind.ASSOCIATION });
      const members = await organisations(ds, more(LIST_LIMITS.members), 'Член');
      const all = await insert(
        ds,
        Membership,
        members.map((memberId, i) => ({
          associationId: association.id,
          memberId,
          joinedOn: day(i),
        })),
      );
      return {
        document: (l) => byId('organisation', l, `members${arg(l)} { id }`),
        variables: { id: association.id },
        keys: (data: { organisation: { members: { id: string }[] } }) =>
          ids(data.organisation.members),
        all,
      };
    },
  },
  {
    field: 'Organisation.memberOf',
    bound: LIST_LIMITS.memberOf,
    async seed(ds) {
      const member = await buildOrganisation(ds);
      const associations = await organisations(ds, more(LIST_LIMITS.memberOf), 'Асоціація');
      const all = await insert(
        ds,
        Membership,
        associations.map((associationId, i) => ({
          associationId,
          memberId: member.id,
          joinedOn: day(i),
        })),
      );
      return {
        document: (l) => byId('organisation', l, `memberOf${arg(l)} { id }`),
        variables: { id: member.id },
        keys: (data: { organisation: { memberOf: { id: string }[] } }) =>
          ids(data.organisation.memberOf),
        all,
      };
    },
  },
  {
    field: 'Organisation.declaredMembers',
    bound: LIST_LIMITS.declaredMembers,
    async seed(ds) {
      const association = await buildOrganisation(ds, { kind: OrganisationKind.ASSOCIATION });
      const declared = await insert(
        ds,
        DeclaredMembers,
        range(more(LIST_LIMITS.declaredMembers)).map((i) => ({
          associationId: association.id,
          asOf: day(i),
          count: 10 + i,
        })),
      );
      return {
        document: (l) => byId('organisation', l, `declaredMembers${arg(l)} { id }`),
        variables: { id: association.id },
        keys: (data: { organisation: { declaredMembers: { id: string }[] } }) =>
          ids(data.organisation.declaredMembers),
        // Latest first.
        all: declared.reverse(),
      };
    },
  },
  {
    field: 'ProgressReport.reviews',
    bound: LIST_LIMITS.reportReviews,
    latest: true,
    async seed(ds) {
      const { partners } = await buildProgramme(ds, { partners: [await buildOrganisation(ds)] });
      const report = await buildReport(ds, partners[0]!, { status: ReportStatus.SUBMITTED });
      const all = await insert(
        ds,
        ReportReview,
        range(more(LIST_LIMITS.reportReviews)).map((i) => ({
          reportId: report.id,
          decision: ReviewDecision.REQUEST_CHANGES,
          at: at(i),
        })),
      );
      return {
        document: (l) => byId('progressReport', l, `reviews${arg(l)} { id }`),
        variables: { id: report.id },
        keys: (data: { progressReport: { reviews: { id: string }[] } }) =>
          ids(data.progressReport.reviews),
        all,
      };
    },
  },
  {
    field: 'Programme.coordinators',
    bound: LIST_LIMITS.coordinators,
    async seed(ds) {
      const { programme } = await buildProgramme(ds);
      const users = await insert(
        ds,
        User,
        range(more(LIST_LIMITS.coordinators)).map((i) => ({
          email: `coordinator-${i}@spilno.test`,
          name: `Coordinator ${i}`,
          role: Role.COORDINATOR,
          passwordHash: 'not-used',
        })),
      );
      await insert(
        ds,
        ProgrammeCoordinator,
        users.map((userId) => ({ programmeId: programme.id, userId })),
      );
      return {
        document: (l) => byId('programme', l, `coordinators${arg(l)} { id }`),
        variables: { id: programme.id },
        keys: (data: { programme: { coordinators: { id: string }[] } }) =>
          ids(data.programme.coordinators),
        // By the primary key: uuids compare as their text does.
        all: [...users].sort(),
      };
    },
  },
  {
    field: 'Programme.signatories',
    bound: LIST_LIMITS.signatories,
    async seed(ds) {
      const { programme } = await buildProgramme(ds);
      const all = await insert(
        ds,
        ProgrammeSignatory,
        range(more(LIST_LIMITS.signatories)).map((i) => ({
          programmeId: programme.id,
          person: `Підписант ${i}`,
          signedOn: day(i),
        })),
      );
      return {
        document: (l) => byId('programme', l, `signatories${arg(l)} { id }`),
        variables: { id: programme.id },
        keys: (data: { programme: { signatories: { id: string }[] } }) =>
          ids(data.programme.signatories),
        all,
      };
    },
  },
  {
    field: 'PublicProgramme.events',
    bound: LIST_LIMITS.publicEvents,
    async seed(ds) {
      const { programme } = await published(ds);
      const held = await events(ds, programme.id, more(LIST_LIMITS.publicEvents));
      return {
        document: (l) => publicPage(l, `events${arg(l)} { title }`),
        variables: { code: programme.code },
        keys: (data: { publicProgramme: { events: { title: string }[] } }) =>
          data.publicProgramme.events.map((event) => event.title),
        // Latest first, by title: Подія 0000 is the earliest.
        all: held.map((_, i) => `Подія ${String(i).padStart(4, '0')}`).reverse(),
      };
    },
  },
  {
    field: 'PublicProgramme.actions',
    bound: LIST_LIMITS.publicActions,
    async seed(ds) {
      const { programme } = await published(ds);
      const count = more(LIST_LIMITS.publicActions);
      await insert(
        ds,
        Action,
        range(count).map((i) => ({
          programmeId: programme.id,
          code: String(i + 1),
          title: `Дія ${i + 1}`,
          startsOn: '2026-03-01',
          dueOn: '2026-06-30',
        })),
      );
      return {
        document: (l) => publicPage(l, `actions${arg(l)} { code }`),
        variables: { code: programme.code },
        keys: (data: { publicProgramme: { actions: { code: string }[] } }) =>
          data.publicProgramme.actions.map((action) => action.code),
        // By code as people read it: 2 before 10.
        all: range(count).map((i) => String(i + 1)),
      };
    },
  },
  {
    field: 'PublicProgramme.twinning',
    bound: LIST_LIMITS.publicTwinning,
    async seed(ds) {
      const { programme } = await published(ds);
      const [hub] = await organisations(ds, 1, 'Центр');
      const others = await organisations(ds, more(LIST_LIMITS.publicTwinning), 'Партнер');
      await insert(
        ds,
        TwinningRelation,
        others.map((other, i) => ({
          organisationAId: hub,
          organisationBId: other,
          proposingOrganisationId: hub,
          kind: TwinningKind.AGREEMENT,
          status: TwinningStatus.ACTIVE,
          since: day(i),
          areas: [],
          contacts: [],
          programmeId: programme.id,
        })),
      );
      return {
        document: (l) => publicPage(l, `twinning${arg(l)} { organisations { name } }`),
        variables: { code: programme.code },
        keys: (data: { publicProgramme: { twinning: { organisations: { name: string }[] }[] } }) =>
          data.publicProgramme.twinning.map((relation) => relation.organisations[1]!.name),
        // The oldest first.
        all: others.map((_, i) => `Партнер ${String(i).padStart(4, '0')}`),
      };
    },
  },
];

async function twinning(ds: DataSource) {
  return buildTwinning(ds, await buildOrganisation(ds), await buildOrganisation(ds));
}

function published(ds: DataSource) {
  return buildProgramme(ds, { published: true, startsOn: addDays('2026-01-01', 0) });
}

const publicPage = (limited: boolean, selection: string) =>
  `query(${limited ? '$limit: Int!, ' : ''}$code: String!) {
    publicProgramme(code: $code) { ${selection} } }`;
