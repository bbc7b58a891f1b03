import type { MockLink } from '@apollo/client/testing';
import type {
  ActionChildrenQuery as ActionChildrenResult,
  ActionPlanQuery as ActionPlanResult,
  ActionTimelineQuery as ActionTimelineResult,
} from '../../generated/graphql';
import { PlanSummaryQuery } from '../dashboard/graphql/dashboard';
import {
  ActionChildrenQuery,
  ActionChoicesQuery,
  ActionPlanQuery,
  ActionTimelineQuery,
} from './graphql/actionPlan';
import { twoSides, typed } from '../../test/fixtures';

/** Test data: a small two-side plan in the shape the server answers. */

type Programme = NonNullable<ActionPlanResult['programme']>;
type Action = Programme['actionOutline'][number];
type Partner = Programme['partners'][number];

export const PROGRAMME_ID = 'programme-1';
export const KHARKIV_ORG = 'org-kharkiv';

function partner(id: string, orgId: string, name: string, sideId: string): Partner {
  return typed('Partner', {
    id,
    role: 'LEAD',
    side: typed('ProgrammeSide', { id: sideId }),
    organisation: typed('Organisation', { id: orgId, name, nameEn: null }),
  });
}

export function planAction(overrides: Partial<Action> & Pick<Action, 'id' | 'code'>): Action {
  return typed('Action', {
    title: `Action ${overrides.code}`,
    description: null,
    startsOn: '2012-03-01',
    dueOn: '2012-10-31',
    status: 'IN_PROGRESS',
    progress: 0,
    overdue: false,
    weight: 1,
    plannedBudget: null,
    spentBudget: null,
    version: 1,
    parent: null,
    childCount: 0,
    responsible: [],
    viewerCan: typed('ActionAbilities', { edit: false, reportProgress: false }),
    translations: [],
    ...overrides,
  });
}

export const ref = (id: string) => typed('Action', { id });
const partnerRef = (id: string) => typed('Partner', { id });

export const demoActions: Action[] = [
  planAction({ id: 'a1', code: '1', childCount: 2, progress: 55 }),
  planAction({
    id: 'a11',
    code: '1.1',
    title: 'Border conference',
    parent: ref('a1'),
    responsible: [partnerRef('p-kh')],
    progress: 100,
    status: 'DONE',
  }),
  planAction({
    id: 'a12',
    code: '1.2',
    title: 'Seminar in Belgorod',
    parent: ref('a1'),
    responsible: [partnerRef('p-be')],
    progress: 40,
    overdue: true,
  }),
  planAction({ id: 'a2', code: '2', title: 'Programme site', progress: 10 }),
];

const PARTNER_ORGANISATIONS: Record<string, string> = {
  'p-kh': KHARKIV_ORG,
  'p-be': 'org-belgorod',
};

/** What the server's policy gives each action for a reader (see `planResult`). */
function withAbilities(actions: Action[], canEdit: boolean, organisationId: string | null) {
  return actions.map((action) => ({
    ...action,
    viewerCan: typed('ActionAbilities', {
      edit: canEdit,
      reportProgress:
        canEdit ||
        action.responsible.some((ref) => PARTNER_ORGANISATIONS[ref.id] === organisationId),
    }),
  }));
}

/**
 * The plan as the server answers it to a reader: a coordinator (`canEdit`), or a partner
 * user of `organisationId` (Kharkiv by default), or an observer (neither). Each action's
 * `viewerCan` is what the server's policy gives that reader, written out as test data.
 */
export function planResult(
  options: {
    canEdit?: boolean;
    organisationId?: string | null;
    actions?: Action[];
    languages?: string[];
  } = {},
): ActionPlanResult {
  const organisationId =
    options.organisationId === undefined ? KHARKIV_ORG : options.organisationId;
  const canEdit = options.canEdit ?? false;
  const actions = withAbilities(options.actions ?? demoActions, canEdit, organisationId);
  return {
    programme: typed('Programme', {
      id: PROGRAMME_ID,
      code: 'KH-BE-2012',
      canEdit,
      startsOn: '2012-01-01',
      endsOn: '2014-12-31',
      currency: 'UAH',
      // The fixtures' titles are English originals.
      languages: options.languages ?? ['en', 'uk'],
      sides: twoSides(),
      partners: [
        partner('p-kh', KHARKIV_ORG, 'Kharkiv Regional Council', 'side-kh'),
        partner('p-be', 'org-belgorod', 'Belgorod Regional Duma', 'side-be'),
      ],
      actionOutline: actions,
    }),
  };
}

/** The timeline's answer for the same plan, every action in it. */
function timelineResult({ programme }: ActionPlanResult): ActionTimelineResult {
  if (!programme) return { programme: null };
  const { actionOutline, ...rest } = programme;
  return {
    programme: {
      ...rest,
      actions: actionOutline.map((action) =>
        typed('Action', {
          id: action.id,
          code: action.code,
          title: action.title,
          startsOn: action.startsOn,
          dueOn: action.dueOn,
          status: action.status,
          progress: action.progress,
          overdue: action.overdue,
          responsible: action.responsible,
          translations: action.translations,
        }),
      ),
    },
  };
}

/**
 * The sub-actions of `parent` as the server answers them when it is opened, after `delay` ms
 * so a test sees them loading; each asked for as often as it is opened.
 */
export function childrenMock(
  parent: Action,
  children: Action[],
  options: { canEdit?: boolean; delay?: number } = {},
): MockLink.MockedResponse {
  const result: ActionChildrenResult = {
    action: typed('Action', {
      id: parent.id,
      childCount: children.length,
      children: withAbilities(children, options.canEdit ?? false, KHARKIV_ORG),
    }),
  };
  return {
    request: { query: ActionChildrenQuery, variables: { id: parent.id } },
    result: { data: result },
    delay: options.delay ?? 0,
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Every action by name, as the form of a plan that came in part loads them. */
export function choicesMock(actions: Action[]): MockLink.MockedResponse {
  return {
    request: { query: ActionChoicesQuery, variables: { programmeId: PROGRAMME_ID } },
    result: {
      data: {
        programme: typed('Programme', {
          id: PROGRAMME_ID,
          actions: actions.map(({ id, code, title, parent }) =>
            typed('Action', { id, code, title, parent }),
          ),
        }),
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function planMocks(result: ActionPlanResult): MockLink.MockedResponse[] {
  return [
    {
      request: { query: ActionPlanQuery, variables: { programmeId: PROGRAMME_ID } },
      result: { data: result },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: ActionTimelineQuery, variables: { programmeId: PROGRAMME_ID } },
      result: { data: timelineResult(result) },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: PlanSummaryQuery, variables: { programmeId: PROGRAMME_ID } },
      result: {
        data: {
          programmeDashboard: typed('ProgrammeDashboard', {
            programmeId: PROGRAMME_ID,
            overallProgress: 41.7,
            overdueActions: 1,
            actionsByStatus: [
              typed('ActionStatusCount', { status: 'IN_PROGRESS', count: 3 }),
              typed('ActionStatusCount', { status: 'DONE', count: 1 }),
            ],
          }),
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
}

/**
 * A mock's variables matcher for a write that carries a fresh idempotency key on every try:
 * the key is any string, the other variables are `expected`.
 */
export function withIdempotencyKey(expected: Record<string, unknown>) {
  return ({ idempotencyKey, ...rest }: Record<string, unknown>): boolean =>
    typeof idempotencyKey === 'string' && JSON.stringify(rest) === JSON.stringify(expected);
}
