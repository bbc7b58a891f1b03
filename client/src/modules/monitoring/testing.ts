import type {
  IssueDetailsFragment,
  MonitoringProgrammeQuery,
  MonitoringRoundQuery,
} from '../../generated/graphql';
import type { MonitoringContext } from './hooks/useMonitoringProgramme';

/** Test data: the Kharkiv–Belgorod programme as monitoring reads it. */
export function monitoringProgramme(
  canEdit = false,
  raiseIssue = canEdit,
  /** The organisation the reader works for, when the server lets them act in its name. */
  actsFor: string | null = null,
): NonNullable<MonitoringProgrammeQuery['programme']> {
  const partner = (id: string, side: string, organisation: string, name: string) => {
    // What the server answers per partner: triagers act for all, a partner's staff for theirs.
    const can = canEdit || organisation === actsFor;
    return {
      __typename: 'Partner' as const,
      id,
      side: { __typename: 'ProgrammeSide' as const, id: side },
      organisation: { __typename: 'Organisation' as const, id: organisation, name, nameEn: null },
      viewerCan: { __typename: 'PartnerAbilities' as const, raiseIssue: can, answerRound: can },
    };
  };
  // Built untyped first: the generated types leave out the __typename a mocked cache wants.
  const programme = {
    __typename: 'Programme' as const,
    id: 'p1',
    code: 'KH-BE-2012',
    canEdit,
    viewerCan: { __typename: 'ProgrammeAbilities', edit: canEdit, raiseIssue },
    sides: [
      {
        __typename: 'ProgrammeSide',
        id: 's-ua',
        name: 'Харківська область',
        country: 'UA',
        position: 0,
      },
      {
        __typename: 'ProgrammeSide',
        id: 's-ru',
        name: 'Белгородская область',
        country: 'RU',
        position: 1,
      },
    ],
    partners: [
      partner('p-ua', 's-ua', 'o-ua', 'Харківська обласна рада'),
      partner('p-ru', 's-ru', 'o-ru', 'Белгородская областная Дума'),
    ],
  };
  return programme;
}

/** The context the hook builds, for components tested without it. */
export function monitoringContext(
  overrides: Partial<MonitoringContext['access']> & { actsFor?: string } = {},
): MonitoringContext {
  const { actsFor = null, ...access } = overrides;
  const programme = monitoringProgramme(access.canTriage ?? false, access.canRaise, actsFor);
  return {
    programme,
    access: {
      canTriage: false,
      canRaise: false,
      organisationId: null,
      partners: programme.partners,
      ...access,
    },
    partners: new Map(programme.partners.map((p) => [p.id, p])),
    partnerOfOrganisation: new Map(programme.partners.map((p) => [p.organisation.id, p])),
    sides: new Map(programme.sides.map((s) => [s.id, s])),
  };
}

export function issueFixture(overrides: Partial<IssueDetailsFragment> = {}): IssueDetailsFragment {
  const issue = {
    __typename: 'MonitoringIssue' as const,
    id: 'i1',
    programmeId: 'p1',
    kind: 'PROBLEM' as const,
    category: 'BORDER_CROSSING' as const,
    severity: 'CRITICAL' as const,
    title: 'Черги на пункті пропуску',
    status: 'IN_PROGRESS' as const,
    createdAt: '2012-10-04T12:30:00.000Z',
    updatedAt: '2012-10-15T09:00:00.000Z',
    description: 'По 4–6 годин у загальній черзі.',
    resolution: null,
    version: 3,
    raisedBy: {
      __typename: 'Organisation',
      id: 'o-ua',
      name: 'Харківська обласна рада',
      nameEn: null,
    },
    assignee: null,
    round: null,
    reportedBy: { __typename: 'User', id: 'u1', name: 'Ірина Харківська' },
    event: null,
    history: [],
    viewerCan: { __typename: 'IssueAbilities', comment: false, statuses: [] },
  };
  return { ...issue, ...overrides };
}

type Round = NonNullable<MonitoringRoundQuery['monitoringRound']>;

const counts = (problems: number, expectations: number) => ({
  problems,
  expectations,
  total: problems + expectations,
});

export function roundFixture(overrides: Partial<Round> = {}): Round {
  const round = {
    __typename: 'MonitoringRound' as const,
    id: 'r1',
    programmeId: 'p1',
    title: 'Моніторинг 2012',
    periodStart: '2012-07-01',
    periodEnd: '2012-12-31',
    status: 'OPEN' as const,
    version: 1,
    prompts: ['Які проблеми заважають співпраці?'],
    closedAt: null,
    createdAt: '2012-10-04T15:00:00.000Z',
    openedBy: { __typename: 'User', id: 'u0', name: 'Микола Координатор' },
    sides: [
      {
        __typename: 'RoundSideProgress',
        sideId: 's-ua',
        partners: 3,
        submitted: 2,
        ...counts(2, 1),
      },
      {
        __typename: 'RoundSideProgress',
        sideId: 's-ru',
        partners: 1,
        submitted: 0,
        ...counts(0, 0),
      },
    ],
    partners: [
      {
        __typename: 'RoundPartnerProgress',
        partnerId: 'p-ua',
        sideId: 's-ua',
        submitted: true,
        submittedAt: '2012-11-01T10:00:00.000Z',
        ...counts(2, 1),
      },
      {
        __typename: 'RoundPartnerProgress',
        partnerId: 'p-ru',
        sideId: 's-ru',
        submitted: false,
        submittedAt: null,
        ...counts(0, 0),
      },
    ],
    results: {
      __typename: 'RoundResults',
      byCategory: [
        { __typename: 'CategoryCount', category: 'BORDER_CROSSING' as const, ...counts(2, 0) },
        { __typename: 'CategoryCount', category: 'FINANCE' as const, ...counts(0, 1) },
      ],
      bySeverity: [{ __typename: 'SeverityCount', severity: 'CRITICAL' as const, ...counts(2, 1) }],
      byCategoryAndSeverity: [
        {
          __typename: 'CategorySeverityCount',
          category: 'BORDER_CROSSING' as const,
          severity: 'CRITICAL' as const,
          total: 2,
        },
        {
          __typename: 'CategorySeverityCount',
          category: 'FINANCE' as const,
          severity: 'CRITICAL' as const,
          total: 1,
        },
      ],
    },
  };
  return { ...round, ...overrides };
}
