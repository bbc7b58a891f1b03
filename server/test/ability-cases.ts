import { ErrorCode, IssueStatus, ProgrammeStatus, ReportStatus } from '@spilno/shared';
import { uploadAttachment } from './attachment-http';
import { buildAction, buildEvent, buildOrganisation } from './factories';
import { eventInput, LOG_EVENT, UPDATE_EVENT } from './event-documents';
import type { Client, GraphQLResult, TestApp } from './graphql';
import { buildIssue } from './monitoring-factories';
import {
  CHANGE_ISSUE_STATUS,
  COMMENT_ON_ISSUE,
  RAISE_ISSUE,
  issueInput,
} from './monitoring-documents';
import type { Cast, CastProgramme, SignedIn } from './programme-cast';
import { castProgramme } from './programme-cast';
import {
  actionInput,
  ADD_PARTNER,
  CREATE_ACTION,
  PUBLISH_PROGRAMME,
  REPORT_PROGRESS,
  UPDATE_ACTION,
  UPDATE_PROGRAMME,
} from './programme-documents';
import { REVIEW_REPORT, SUBMIT_REPORT, UPDATE_REPORT } from './report-documents';
import { buildReport } from './report-factories';

/**
 * The ability matrix, as data: for every ability of every record type, the scopes a record
 * is built in and the mutation the ability promises. The test runs each against every member
 * of the cast and checks that the ability is true exactly when the mutation passes the
 * permission check.
 */

/** The codes that mean "the permission check refused it"; anything else got past it. */
export const REFUSALS: ReadonlySet<string> = new Set([
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
]);

export interface World {
  app: TestApp;
  cast: Cast;
}

/** A record built for one attempt, with what the attempt needs to name. */
export interface Built {
  id: string;
  p: CastProgramme;
  /** Extra ids the attempt uses (the report's period, the event's organiser, …). */
  extra?: Record<string, string | null>;
}

/** The codes of every error of an attempt; empty when it succeeded. */
export type Attempt = (
  client: Client,
  built: Built,
  member: SignedIn,
  world: World,
) => Promise<string[]>;

export interface AbilityCase {
  /** GraphQL type and field of the record's `viewerCan`. */
  type:
    | 'Programme'
    | 'Action'
    | 'Event'
    | 'MonitoringIssue'
    | 'ProgressReport'
    | 'User'
    | 'Partner'
    | 'TwinningRelation';
  ability: string;
  /** Scope name → how to build a fresh record in it. */
  scopes: Record<string, (world: World) => Promise<Built>>;
  attempt: Attempt;
}

export const codes = (result: GraphQLResult<unknown>): string[] =>
  (result.errors ?? []).map((error) => String(error.extensions?.code));

/** The query field and document that read a record's abilities. */
export const ABILITY_QUERIES: Record<AbilityCase['type'], string> = {
  Programme:
    'query ($id: ID!) { record: programme(id: $id) { viewerCan { edit addPartner addCoordinator createAction logEvent raiseIssue publish proposeTwinning } } }',
  Action: 'query ($id: ID!) { record: action(id: $id) { viewerCan { edit reportProgress } } }',
  Event: 'query ($id: ID!) { record: event(id: $id) { viewerCan { edit attach delete } } }',
  MonitoringIssue:
    'query ($id: ID!) { record: monitoringIssue(id: $id) { viewerCan { comment statuses } } }',
  ProgressReport:
    'query ($id: ID!) { record: progressReport(id: $id) { viewerCan { edit submit review } } }',
  // What is not about one record is read from `me`; the built record is not named.
  User: '{ record: me { viewerCan { createProgramme editDirectory manageUsers readAudit readPortfolio proposeTwinning createTwinning } } }',
  // A partner is read through its programme; `shownAbilities` picks it out.
  Partner:
    'query ($programmeId: ID!) { programme(id: $programmeId) { partners { id viewerCan { writeReport organiseEvent raiseIssue answerRound } } } }',
  TwinningRelation:
    'query ($id: ID!) { record: twinningRelation(id: $id) { viewerCan { edit moveProgramme } } }',
};

export interface Shown {
  errors?: unknown;
  /** Null when the member may not read the record: then they may do nothing to it. */
  viewerCan: Record<string, boolean | string[]> | null;
}

type ShownRecord = { viewerCan: Record<string, boolean | string[]> } | null;

/** The abilities `client` is shown on the built record of `type`. */
export async function shownAbilities(
  client: Client,
  type: AbilityCase['type'],
  built: Built,
): Promise<Shown> {
  if (type === 'Partner') {
    const result = await client.request<{
      programme: { partners: ({ id: string } & NonNullable<ShownRecord>)[] } | null;
    }>(ABILITY_QUERIES.Partner, { programmeId: built.p.programme.id });
    const partner = result.data?.programme?.partners.find((row) => row.id === built.id);
    return { errors: result.errors, viewerCan: partner?.viewerCan ?? null };
  }
  const variables = type === 'User' ? {} : { id: built.id };
  const result = await client.request<{ record: ShownRecord }>(ABILITY_QUERIES[type], variables);
  return { errors: result.errors, viewerCan: result.data?.record?.viewerCan ?? null };
}

/** The partner record of the member's own organisation in the programme, else the UA one. */
function ownPartner(built: Built, member: SignedIn) {
  return member === 'neighbour' ? built.p.plPartner : built.p.uaPartner;
}

const programmeIn =
  (status: ProgrammeStatus) =>
  async ({ app, cast }: World): Promise<Built> => {
    const p = await castProgramme(app, cast, { status });
    return { id: p.programme.id, p };
  };

/** An active programme and a draft one: drafts are hidden from all but those who run them. */
export const PROGRAMME_SCOPES = {
  active: programmeIn(ProgrammeStatus.ACTIVE),
  draft: programmeIn(ProgrammeStatus.DRAFT),
};

const actionWith =
  (responsible: 'ua' | 'none') =>
  async (world: World): Promise<Built> => {
    const p = await castProgramme(world.app, world.cast, { status: ProgrammeStatus.ACTIVE });
    const action = await buildAction(world.app.dataSource, p.programme.id, {
      responsible: responsible === 'ua' ? [p.uaPartner] : [],
    });
    return { id: action.id, p };
  };

const ACTION_SCOPES = {
  'ua responsible': actionWith('ua'),
  'none responsible': actionWith('none'),
};

const eventBy =
  (organiser: 'ua' | 'none') =>
  async (world: World): Promise<Built> => {
    const p = await castProgramme(world.app, world.cast, { status: ProgrammeStatus.ACTIVE });
    const organiserPartnerId = organiser === 'ua' ? p.uaPartner.id : null;
    const event = await buildEvent(world.app.dataSource, p.programme.id, { organiserPartnerId });
    return { id: event.id, p, extra: { organiserPartnerId } };
  };

const EVENT_SCOPES = { 'ua organises': eventBy('ua'), 'none organises': eventBy('none') };

const issueBy =
  (raiser: 'ua' | 'pl', status = IssueStatus.OPEN) =>
  async (world: World) => {
    const p = await castProgramme(world.app, world.cast, { status: ProgrammeStatus.ACTIVE });
    const raisedBy = raiser === 'ua' ? world.cast.ua : world.cast.pl;
    const issue = await buildIssue(world.app.dataSource, p.programme.id, raisedBy.id, { status });
    return { id: issue.id, p };
  };

const reportOf = (partner: 'ua' | 'pl', status: ReportStatus) => async (world: World) => {
  const p = await castProgramme(world.app, world.cast, { status: ProgrammeStatus.ACTIVE });
  const report = await buildReport(
    world.app.dataSource,
    partner === 'ua' ? p.uaPartner : p.plPartner,
    {
      status,
    },
  );
  return {
    id: report.id,
    p,
    extra: { periodStart: report.periodStart, periodEnd: report.periodEnd },
  };
};

export const ABILITY_CASES: AbilityCase[] = [
  {
    type: 'Programme',
    ability: 'edit',
    scopes: PROGRAMME_SCOPES,
    attempt: async (client, { id }) =>
      codes(
        await client.request(UPDATE_PROGRAMME, { id, version: 1, input: { title: 'Нова назва' } }),
      ),
  },
  {
    type: 'Programme',
    ability: 'addPartner',
    scopes: PROGRAMME_SCOPES,
    attempt: async (client, { id, p }, _member, { app }) => {
      const organisation = await buildOrganisation(app.dataSource);
      return codes(
        await client.request(ADD_PARTNER, {
          programmeId: id,
          organisationId: organisation.id,
          sideId: p.uaSide.id,
          role: 'PARTNER',
        }),
      );
    },
  },
  {
    type: 'Programme',
    ability: 'createAction',
    scopes: PROGRAMME_SCOPES,
    attempt: async (client, { id }) =>
      codes(await client.request(CREATE_ACTION, { programmeId: id, input: actionInput() })),
  },
  {
    type: 'Programme',
    ability: 'logEvent',
    scopes: PROGRAMME_SCOPES,
    attempt: async (client, built, member) =>
      codes(
        await client.request(LOG_EVENT, {
          programmeId: built.id,
          input: eventInput({ organiserPartnerId: ownPartner(built, member).id }),
        }),
      ),
  },
  {
    type: 'Programme',
    ability: 'raiseIssue',
    scopes: PROGRAMME_SCOPES,
    attempt: async (client, built, member) =>
      codes(
        await client.request(RAISE_ISSUE, {
          programmeId: built.id,
          input: issueInput({ raisedById: ownPartner(built, member).organisationId }),
        }),
      ),
  },
  {
    type: 'Programme',
    ability: 'publish',
    scopes: PROGRAMME_SCOPES,
    attempt: async (client, { id }) =>
      codes(await client.request(PUBLISH_PROGRAMME, { id, version: 1, published: true })),
  },
  {
    type: 'Action',
    ability: 'edit',
    scopes: ACTION_SCOPES,
    attempt: async (client, { id }) =>
      codes(await client.request(UPDATE_ACTION, { id, version: 1, input: actionInput() })),
  },
  {
    type: 'Action',
    ability: 'reportProgress',
    scopes: ACTION_SCOPES,
    attempt: async (client, { id }) =>
      codes(await client.request(REPORT_PROGRESS, { id, version: 1, progress: 40 })),
  },
  ...(['edit', 'delete'] as const).map((ability): AbilityCase => ({
    type: 'Event',
    ability,
    scopes: EVENT_SCOPES,
    // There is no deleteEvent yet: `delete` promises the editors' permission, so it is
    // held to updateEvent until the mutation exists.
    attempt: async (client, { id, extra }) =>
      codes(
        await client.request(UPDATE_EVENT, {
          id,
          version: 1,
          input: eventInput({ organiserPartnerId: extra?.organiserPartnerId ?? null }),
        }),
      ),
  })),
  {
    type: 'Event',
    ability: 'attach',
    scopes: EVENT_SCOPES,
    attempt: async (client, { id }, _member, { app }) => {
      const { body } = await uploadAttachment(app.url, client, id, 'programme.pdf', PDF);
      return (body.errors ?? []).map((error) => error.extensions.code);
    },
  },
  {
    type: 'MonitoringIssue',
    ability: 'comment',
    scopes: { 'ua raised': issueBy('ua'), 'pl raised': issueBy('pl') },
    attempt: async (client, { id }) =>
      codes(await client.request(COMMENT_ON_ISSUE, { issueId: id, text: 'Дякуємо, працюємо' })),
  },
  ...(['edit', 'submit'] as const).map((ability): AbilityCase => ({
    type: 'ProgressReport',
    ability,
    scopes: {
      'ua draft': reportOf('ua', ReportStatus.DRAFT),
      'pl draft': reportOf('pl', ReportStatus.DRAFT),
      'ua submitted': reportOf('ua', ReportStatus.SUBMITTED),
    },
    attempt: async (client, { id, extra }) =>
      ability === 'edit'
        ? codes(
            await client.request(UPDATE_REPORT, {
              id,
              version: 1,
              input: {
                periodStart: extra?.periodStart,
                periodEnd: extra?.periodEnd,
                narrative: 'Оновлений звіт',
              },
            }),
          )
        : codes(await client.request(SUBMIT_REPORT, { id, version: 1 })),
  })),
  {
    type: 'ProgressReport',
    ability: 'review',
    scopes: {
      'ua submitted': reportOf('ua', ReportStatus.SUBMITTED),
      'pl submitted': reportOf('pl', ReportStatus.SUBMITTED),
      'ua draft': reportOf('ua', ReportStatus.DRAFT),
    },
    attempt: async (client, { id }) =>
      codes(await client.request(REVIEW_REPORT, { id, version: 1, decision: 'APPROVE' })),
  },
];

/** The issue statuses, and a move to each that needs nothing but the permission and the workflow. */
export const ISSUE_STATUSES = Object.values(IssueStatus);
export const issueInStatus = (status: IssueStatus) => issueBy('ua', status);

export function changeIssueStatus(client: Client, id: string, status: IssueStatus) {
  return client.request(CHANGE_ISSUE_STATUS, {
    id,
    version: 1,
    status,
    comment: 'Розглянуто',
    resolution: 'Питання вирішено',
  });
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n');
