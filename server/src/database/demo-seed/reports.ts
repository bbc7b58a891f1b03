import {
  ActionStatus,
  generatePeriods,
  ReportStatus,
  ReviewDecision,
  type PeriodDates,
} from '@spilno/shared';
import type { EntityManager } from 'typeorm';
import { ProgressNote } from '../../modules/action-plan/public';
import { Partner } from '../../modules/programmes/public';
import {
  ProgressReport,
  computeContents,
  contentKey,
  storeContent,
  ReportReview,
  ReportingPeriod,
} from '../../modules/progress-reports/public';

const { PLANNED, IN_PROGRESS, DONE } = ActionStatus;

/**
 * How the plan moved in 2012, as the partners reported it: each action's notes end at the
 * progress the plan shows, so the reports of the year have something to fill in.
 */
const KH_BE_PROGRESS: {
  action: string;
  at: string;
  from: [number, ActionStatus];
  to: [number, ActionStatus];
  note: string;
}[] = [
  {
    action: '1.1',
    at: '2012-05-21T09:00:00Z',
    from: [0, PLANNED],
    to: [30, IN_PROGRESS],
    note: 'Погоджено програму й дату конференції з Бєлгородською обласною думою.',
  },
  {
    action: '1.1',
    at: '2012-10-05T14:00:00Z',
    from: [30, IN_PROGRESS],
    to: [100, DONE],
    note: 'Конференцію проведено 4 жовтня; резолюцію ухвалено.',
  },
  {
    action: '1.2.1',
    at: '2012-09-20T10:00:00Z',
    from: [0, PLANNED],
    to: [40, IN_PROGRESS],
    note: 'Зібрано ідеї спільних проєктів від громад обох районів.',
  },
  {
    action: '1.2.1',
    at: '2012-10-12T10:00:00Z',
    from: [40, IN_PROGRESS],
    to: [100, DONE],
    note: 'Круглий стіл відбувся; відібрано п’ять ідей.',
  },
  {
    action: '2.1',
    at: '2012-06-25T08:00:00Z',
    from: [0, PLANNED],
    to: [20, IN_PROGRESS],
    note: 'Затверджено теми семінарів для керівників рад.',
  },
  {
    action: '2.1',
    at: '2012-10-19T12:00:00Z',
    from: [20, IN_PROGRESS],
    to: [100, DONE],
    note: 'Семінар з бюджету розвитку громад проведено.',
  },
  {
    action: '3',
    at: '2012-04-20T09:00:00Z',
    from: [0, PLANNED],
    to: [50, IN_PROGRESS],
    note: 'Сайт Програми запущено в тестовому режимі.',
  },
  {
    action: '3',
    at: '2012-12-20T09:00:00Z',
    from: [50, IN_PROGRESS],
    to: [100, DONE],
    note: 'Сайт наповнено матеріалами обох сторін.',
  },
  {
    action: '4',
    at: '2012-05-10T09:00:00Z',
    from: [0, PLANNED],
    to: [15, IN_PROGRESS],
    note: 'Укладено перелік пар громад для побратимства.',
  },
  {
    action: '4',
    at: '2012-10-26T09:00:00Z',
    from: [15, IN_PROGRESS],
    to: [35, IN_PROGRESS],
    note: 'Учебный визит глав районов состоялся.',
  },
  {
    action: '5',
    at: '2012-10-24T09:00:00Z',
    from: [0, PLANNED],
    to: [50, IN_PROGRESS],
    note: 'Общее собрание ассоциаций подвело итоги полугодия.',
  },
];

interface SeedReview {
  decision: ReviewDecision;
  at: string;
  comment: string | null;
}

interface SeedReport {
  /** 0 = first half of 2012, 1 = second. */
  period: 0 | 1;
  organisation: string;
  narrative: string;
  status: ReportStatus;
  /** Every submission, oldest first. */
  submitted: string[];
  reviews: SeedReview[];
}

const APPROVED = (at: string, comment: string | null = null): SeedReview => ({
  decision: ReviewDecision.APPROVE,
  at,
  comment,
});

/**
 * The partners' reports for 2012. Both sides report; the Belgorod district council
 * (belgorodDistrict1) never did and shows as late for both half-years. The association's
 * reports wait for a reviewer from outside it: its own coordinator may not approve them.
 */
const KH_BE_REPORTS: SeedReport[] = [
  {
    period: 0,
    organisation: 'kharkivRegion',
    narrative:
      'Погоджено з Бєлгородською обласною думою програму першої спільної конференції та теми семінарів для керівників рад. Розпочато підготовку організаційного комітету.',
    status: ReportStatus.APPROVED,
    submitted: ['2012-07-16T09:00:00Z'],
    reviews: [APPROVED('2012-07-20T10:00:00Z', 'Звіт прийнято.')],
  },
  {
    period: 0,
    organisation: 'association',
    narrative:
      'Запущено сайт Програми в тестовому режимі, зібрано контакти рад-учасниць обох областей.',
    status: ReportStatus.SUBMITTED,
    submitted: ['2012-07-25T09:00:00Z'],
    reviews: [],
  },
  {
    period: 0,
    organisation: 'kharkivDistrict7',
    narrative: 'Складено перелік громад району, готових до побратимських зв’язків.',
    status: ReportStatus.APPROVED,
    submitted: ['2012-07-27T09:00:00Z'],
    reviews: [APPROVED('2012-08-01T09:00:00Z')],
  },
  {
    period: 0,
    organisation: 'belgorodDuma',
    narrative:
      'Согласована программа совместной конференции; определены участники с белгородской стороны.',
    status: ReportStatus.APPROVED,
    submitted: ['2012-07-24T09:00:00Z'],
    reviews: [APPROVED('2012-07-30T09:00:00Z', 'Дякуємо, звіт прийнято.')],
  },
  {
    period: 0,
    organisation: 'belgorodAssociation',
    narrative:
      'Ассоциация подготовила предложения к плану круглых столов и сформировала рабочую группу из представителей пяти районов.',
    status: ReportStatus.APPROVED,
    submitted: ['2012-07-29T09:00:00Z', '2012-08-10T09:00:00Z'],
    reviews: [
      {
        decision: ReviewDecision.REQUEST_CHANGES,
        at: '2012-08-02T09:00:00Z',
        comment: 'Уточніть, будь ласка, склад робочої групи та представників районів.',
      },
      APPROVED('2012-08-14T09:00:00Z'),
    ],
  },
  {
    period: 1,
    organisation: 'kharkivRegion',
    narrative:
      'Проведено конференцію «Місцеве самоврядування прикордонних регіонів» і семінар з бюджету розвитку громад; підсумкову конференцію року заплановано на грудень.',
    status: ReportStatus.SUBMITTED,
    submitted: ['2013-01-25T09:00:00Z'],
    reviews: [],
  },
  {
    period: 1,
    organisation: 'association',
    narrative:
      'Проведено круглий стіл щодо спільних проєктів прикордонних громад; сайт Програми наповнено матеріалами обох сторін.',
    status: ReportStatus.SUBMITTED,
    submitted: ['2013-01-28T09:00:00Z'],
    reviews: [],
  },
  {
    period: 1,
    organisation: 'kharkivDistrict7',
    narrative: 'Голови громад району взяли участь в учбовому візиті до Бєлгородського району.',
    status: ReportStatus.APPROVED,
    submitted: ['2013-02-05T09:00:00Z'],
    reviews: [APPROVED('2013-02-10T09:00:00Z', 'Прийнято; наступного разу — вчасно.')],
  },
  {
    period: 1,
    organisation: 'belgorodDuma',
    narrative: 'Проведен практикум по муниципальным услугам для специалистов обеих областей.',
    status: ReportStatus.CHANGES_REQUESTED,
    submitted: ['2013-01-29T09:00:00Z'],
    reviews: [
      {
        decision: ReviewDecision.REQUEST_CHANGES,
        at: '2013-02-04T09:00:00Z',
        comment:
          'Додайте, будь ласка, підсумки практикуму 30 жовтня та що з них випливає для плану.',
      },
    ],
  },
  {
    period: 1,
    organisation: 'belgorodAssociation',
    narrative:
      'Проведены общее собрание ассоциаций и круглый стол о пунктах пропуска; подготовлены предложения к плану на 2013 год.',
    status: ReportStatus.SUBMITTED,
    submitted: ['2013-01-30T09:00:00Z'],
    reviews: [],
  },
];

export interface ReportSeedContext {
  programme: { id: string; startsOn: string; endsOn: string };
  /** Ids by organisation key, action code and demo e-mail. */
  orgs: Map<string, string>;
  actions: Map<string, string>;
  users: Map<string, string>;
}

/**
 * The demo partner accounts submit their councils' reports; the secretariat (the
 * administrator) typed in those the other councils sent on paper. The coordinator reviews.
 */
const WRITERS: Record<string, string> = {
  kharkivRegion: 'partner.kharkiv@spilno.test',
  belgorodDuma: 'partner.neighbour@spilno.test',
};
const SECRETARIAT = 'admin@spilno.test';
const REVIEWER = 'coordinator@spilno.test';

/**
 * Reporting for the 2012–2014 programme: its half-yearly periods of 2012 (a coordinator
 * generates the rest when the time comes), the progress notes behind the plan, and the
 * partners' reports with their review threads, each submitted report frozen as it was.
 */
export async function insertReports(manager: EntityManager, seed: ReportSeedContext) {
  const programmeId = seed.programme.id;
  const periods = generatePeriods(seed.programme).slice(0, 2);
  await manager.insert(
    ReportingPeriod,
    periods.map((period) => ({ programmeId, ...period })),
  );
  for (const step of KH_BE_PROGRESS) {
    const actionId = required(seed.actions, step.action);
    await manager.insert(ProgressNote, {
      actionId,
      authorId: null,
      at: new Date(step.at),
      fromProgress: step.from[0],
      fromStatus: step.from[1],
      toProgress: step.to[0],
      toStatus: step.to[1],
      note: step.note,
    });
  }
  const partners = await manager.findBy(Partner, { programmeId });
  for (const seedReport of KH_BE_REPORTS) {
    const organisationId = required(seed.orgs, seedReport.organisation);
    const partner = partners.find((p) => p.organisationId === organisationId);
    if (!partner) throw new Error(`demo report names "${seedReport.organisation}", not a partner`);
    await insertReport(manager, seed, partner, periods[seedReport.period], seedReport);
  }
}

async function insertReport(
  manager: EntityManager,
  seed: ReportSeedContext,
  partner: Partner,
  period: PeriodDates | undefined,
  seedReport: SeedReport,
) {
  if (!period) throw new Error('demo report names a period that is not defined');
  const first = seedReport.submitted[0];
  const last = seedReport.submitted.at(-1);
  const report = await manager.save(
    manager.create(ProgressReport, {
      programmeId: partner.programmeId,
      partnerId: partner.id,
      periodStart: period.startsOn,
      periodEnd: period.endsOn,
      narrative: seedReport.narrative,
      status: seedReport.status,
      version: 1 + seedReport.submitted.length + seedReport.reviews.length,
      firstSubmittedAt: first ? new Date(first) : null,
      submittedAt: last ? new Date(last) : null,
      submittedById: last
        ? required(seed.users, WRITERS[seedReport.organisation] ?? SECRETARIAT)
        : null,
    }),
  );
  if (last) {
    const contents = await computeContents(manager, [contentKey(report)]);
    const content = contents.get(report.id);
    if (content) {
      const snapshot = storeContent({ ...content, frozenAt: new Date(last) });
      await manager.update(ProgressReport, { id: report.id }, { snapshot });
    }
  }
  for (const review of seedReport.reviews) {
    await manager.insert(ReportReview, {
      reportId: report.id,
      authorId: required(seed.users, REVIEWER),
      decision: review.decision,
      comment: review.comment,
      at: new Date(review.at),
    });
  }
}

function required(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`demo reports refer to unknown "${key}"`);
  return id;
}
