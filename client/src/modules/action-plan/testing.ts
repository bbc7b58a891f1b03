import type { MockLink } from '@apollo/client/testing';
import type { ActionPlanQuery as ActionPlanResult } from '../../generated/graphql';
import { PlanSummaryQuery } from '../dashboard/graphql/dashboard';
import { ActionPlanQuery } from './graphql/actionPlan';

/** Test data: a small two-side plan in the shape the server answers. */

type Programme = NonNullable<ActionPlanResult['programme']>;
type Action = Programme['actions'][number];
type Partner = Programme['partners'][number];

export const PROGRAMME_ID = 'programme-1';
export const KHARKIV_ORG = 'org-kharkiv';

/**
 * The cache expects `__typename` on every object, as the server sends it; the generated
 * operation types leave it out, so it is added here without widening them.
 */
export function typed<T extends object>(typename: string, value: T): T {
  return Object.assign({ __typename: typename }, value);
}

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
  return {
    me: typed('User', {
      id: 'user-1',
      organisation: organisationId ? typed('Organisation', { id: organisationId }) : null,
    }),
    programme: typed('Programme', {
      id: PROGRAMME_ID,
      code: 'KH-BE-2012',
      canEdit: options.canEdit ?? false,
      startsOn: '2012-01-01',
      endsOn: '2014-12-31',
      currency: 'UAH',
      // The fixtures' titles are English originals.
      languages: options.languages ?? ['en', 'uk'],
      sides: [
        typed('ProgrammeSide', {
          id: 'side-kh',
          name: 'Kharkiv region',
          country: 'UA',
          position: 0,
        }),
        typed('ProgrammeSide', {
          id: 'side-be',
          name: 'Belgorod region',
          country: 'RU',
          position: 1,
        }),
      ],
      partners: [
        partner('p-kh', KHARKIV_ORG, 'Kharkiv Regional Council', 'side-kh'),
        partner('p-be', 'org-belgorod', 'Belgorod Regional Duma', 'side-be'),
      ],
      actions: options.actions ?? demoActions,
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
