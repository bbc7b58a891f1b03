import type { MockLink } from '@apollo/client/testing';
import type { ActionPlanQuery as ActionPlanResult } from '../../generated/graphql';
import { PlanSummaryQuery } from '../dashboard/graphql/dashboard';
import { ActionPlanQuery } from './graphql/actionPlan';
import { twoSides, typed } from '../../test/fixtures';

/** Test data: a small two-side plan in the shape the server answers. */

type Programme = NonNullable<ActionPlanResult['programme']>;
type Action = Programme['actions'][number];
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
    children: [],
    responsible: [],
    viewerCan: typed('ActionAbilities', { edit: false, reportProgress: false }),
    translations: [],
    ...overrides,
  });
}

const ref = (id: string) => typed('Action', { id });
const partnerRef = (id: string) => typed('Partner', { id });

export const demoActions: Action[] = [
  planAction({ id: 'a1', code: '1', children: [ref('a11'), ref('a12')], progress: 55 }),
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
  const actions = (options.actions ?? demoActions).map((action) => ({
    ...action,
    viewerCan: typed('ActionAbilities', {
      edit: canEdit,
      reportProgress:
        canEdit ||
        action.responsible.some((ref) => PARTNER_ORGANISATIONS[ref.id] === organisationId),
    }),
  }));
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
      actions,
    }),
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
