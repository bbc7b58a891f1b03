import {
  IssueCategory,
  IssueKind,
  IssueSeverity,
  IssueStatus,
  MonitoringRoundStatus,
} from '@spilno/shared';

/**
 * "A monitoring of problematic issues and expectations of local self-government of Belgorod and
 * Kharkov regions carried out in the development of cross-border cooperation" (the programme's
 * announcement, 2012): the councils on both sides of the border answer rounds of questions,
 * and the coordinators work the answers through. The problems are those border municipalities
 * raised at the time: queues at the crossings, no legal footing for agreements between councils
 * of two states, no co-financing in local budgets, ambulances stopped at the border.
 */

export interface SeedRound {
  key: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  prompts: string[];
  status: MonitoringRoundStatus;
  /** Wall-clock times in Kyiv. */
  openedAt: string;
  closedAt?: string;
  /** Organisation keys of the partners that marked their answers complete. */
  submitted: string[];
}

export interface SeedIssueStep {
  to: IssueStatus;
  at: string;
  /** E-mail of the demo account that made the move. */
  by: string;
  comment?: string;
}

export interface SeedIssue {
  raisedBy: string;
  reporter: string;
  kind: IssueKind;
  category: IssueCategory;
  severity: IssueSeverity;
  title: string;
  description: string;
  raisedAt: string;
  round?: string;
  /** Title of the event it was raised at. */
  event?: string;
  /** The moves after being raised, in order; the last gives the status. */
  steps?: SeedIssueStep[];
  resolution?: string;
  assignee?: string;
  comments?: { by: string; at: string; text: string }[];
}

export const COORDINATOR = 'coordinator@spilno.test';
const KHARKIV = 'partner.kharkiv@spilno.test';
const BELGOROD = 'partner.neighbour@spilno.test';

export const KH_BE_ROUNDS: SeedRound[] = [
  {
    key: '2012',
    title: 'Моніторинг проблемних питань та очікувань місцевого самоврядування — 2012',
    periodStart: '2012-07-01',
    periodEnd: '2012-12-31',
    prompts: [
      'Які проблеми заважають співпраці вашої ради з громадами по той бік кордону?',
      'Що потрібно змінити в законодавстві, щоб укладати угоди між громадами двох держав?',
      'Чого ви очікуєте від Програми та від партнерів у 2013 році?',
    ],
    status: MonitoringRoundStatus.CLOSED,
    openedAt: '2012-10-04T18:00',
    closedAt: '2012-12-14T17:00',
    submitted: ['kharkivRegion', 'association', 'belgorodDuma', 'belgorodAssociation'],
  },
  {
    key: '2013',
    title: 'Моніторинг І півріччя 2013 року',
    periodStart: '2013-01-01',
    periodEnd: '2013-06-30',
    prompts: [
      'Що змінилося на пунктах пропуску з початку року?',
      'Які спільні проєкти не вдалося розпочати і чому?',
    ],
    status: MonitoringRoundStatus.OPEN,
    openedAt: '2013-02-11T10:00',
    submitted: ['association'],
  },
];

export const KH_BE_ISSUES: SeedIssue[] = [
  {
    raisedBy: 'kharkivDistrict7',
    reporter: COORDINATOR,
    kind: IssueKind.PROBLEM,
    category: IssueCategory.BORDER_CROSSING,
    severity: IssueSeverity.CRITICAL,
    title: 'Черги на пункті пропуску Гоптівка — Нехотеєвка для жителів прикордонних сіл',
    description:
      'Жителі Вовчанського району, які щодня їздять до родичів і на роботу в Шебекінський район, стоять у загальній черзі з вантажним транспортом по 4–6 годин.',
    raisedAt: '2012-10-04T15:30',
    round: '2012',
    event: 'Конференція «Місцеве самоврядування прикордонних регіонів»',
    steps: [
      { to: IssueStatus.IN_REVIEW, at: '2012-10-08T10:00', by: COORDINATOR },
      {
        to: IssueStatus.IN_PROGRESS,
        at: '2012-10-15T12:00',
        by: COORDINATOR,
        comment:
          'Направлено звернення до прикордонних служб обох держав; питання винесено на круглий стіл 6 листопада.',
      },
    ],
    assignee: COORDINATOR,
    comments: [
      {
        by: BELGOROD,
        at: '2012-10-16T09:20',
        text: 'С нашей стороны та же картина: жители Шебекинского района ждут по несколько часов. Поддерживаем отдельную полосу для местных жителей.',
      },
    ],
  },
  {
    raisedBy: 'belgorodDuma',
    reporter: BELGOROD,
    kind: IssueKind.PROBLEM,
    category: IssueCategory.LEGAL_FRAMEWORK,
    severity: IssueSeverity.HIGH,
    title: 'Нет правовой основы для соглашений между муниципалитетами двух государств',
    description:
      'Муниципальные образования не могут заключать соглашения о сотрудничестве с районами Харьковской области без согласования на федеральном уровне; каждое соглашение оформляется как протокол о намерениях.',
    raisedAt: '2012-10-05T11:00',
    round: '2012',
    steps: [{ to: IssueStatus.IN_REVIEW, at: '2012-10-12T10:00', by: COORDINATOR }],
  },
  {
    raisedBy: 'kharkivRegion',
    reporter: KHARKIV,
    kind: IssueKind.PROBLEM,
    category: IssueCategory.FINANCE,
    severity: IssueSeverity.HIGH,
    title: 'Місцеві бюджети не передбачають співфінансування міжнародних проєктів',
    description:
      'Бюджетний кодекс не дає районним і сільським радам планувати кошти на спільні проєкти з партнерами з-за кордону; без співфінансування громади не можуть подаватися на гранти.',
    raisedAt: '2012-10-18T16:00',
    round: '2012',
    event: 'Семінар з обміну досвідом: бюджет розвитку громад',
    steps: [
      { to: IssueStatus.IN_REVIEW, at: '2012-10-22T10:00', by: COORDINATOR },
      { to: IssueStatus.IN_PROGRESS, at: '2012-11-01T10:00', by: COORDINATOR },
    ],
    assignee: KHARKIV,
  },
  {
    raisedBy: 'belgorodDistrict1',
    reporter: BELGOROD,
    kind: IssueKind.PROBLEM,
    category: IssueCategory.PUBLIC_SERVICES,
    severity: IssueSeverity.CRITICAL,
    title: 'Скорая помощь не может пересечь границу к ближайшей больнице',
    description:
      'Для сёл на границе ближайшая больница — в Волчанске, но машина скорой помощи не может пересечь пункт пропуска без оформления как на грузовой транспорт.',
    raisedAt: '2012-10-25T14:00',
    round: '2012',
    event: 'Учебный визит глав районов Харьковщины в Белгородский район',
  },
  {
    raisedBy: 'association',
    reporter: COORDINATOR,
    kind: IssueKind.PROBLEM,
    category: IssueCategory.INFRASTRUCTURE,
    severity: IssueSeverity.MEDIUM,
    title: 'Немає регулярного автобусного сполучення між районними центрами',
    description:
      'Між Вовчанськом і Шебекіним немає прямого рейсу; делегації на спільні заходи добираються власним транспортом.',
    raisedAt: '2012-11-06T15:00',
    round: '2012',
    event: 'Круглый стол: пункты пропуска и сотрудничество приграничных районов',
    steps: [
      { to: IssueStatus.IN_REVIEW, at: '2012-11-08T10:00', by: COORDINATOR },
      { to: IssueStatus.IN_PROGRESS, at: '2012-11-12T10:00', by: COORDINATOR },
      {
        to: IssueStatus.RESOLVED,
        at: '2012-12-06T17:00',
        by: COORDINATOR,
        comment: 'Питання закрито на підсумковій конференції.',
      },
    ],
    resolution:
      'Перевізники обох областей погодили сезонний рейс Вовчанськ — Шебекіно на дні спільних заходів; розклад публікують обидві асоціації.',
    comments: [
      {
        by: KHARKIV,
        at: '2012-11-07T09:00',
        text: 'Обласна рада готова підтримати рейс у дні спільних заходів.',
      },
    ],
  },
  {
    raisedBy: 'belgorodAssociation',
    reporter: BELGOROD,
    kind: IssueKind.EXPECTATION,
    category: IssueCategory.OTHER,
    severity: IssueSeverity.MEDIUM,
    title: 'Ожидаем совместный сайт Программы с новостями обеих сторон',
    description:
      'Сайт Программы, предусмотренный планом действий, с материалами конференций и круглых столов на русском и украинском языках.',
    raisedAt: '2012-10-23T17:00',
    round: '2012',
    steps: [
      { to: IssueStatus.IN_REVIEW, at: '2012-10-25T10:00', by: COORDINATOR },
      { to: IssueStatus.IN_PROGRESS, at: '2012-11-20T10:00', by: COORDINATOR },
    ],
    assignee: COORDINATOR,
  },
  {
    raisedBy: 'kharkivRegion',
    reporter: KHARKIV,
    kind: IssueKind.EXPECTATION,
    category: IssueCategory.LEGAL_FRAMEWORK,
    severity: IssueSeverity.MEDIUM,
    title: 'Очікуємо спрощеного режиму перетину кордону для членів делегацій',
    description:
      'Для учасників заходів Програми — список делегації, погоджений обома асоціаціями, замість загальної черги.',
    raisedAt: '2012-11-06T16:00',
    round: '2012',
    steps: [
      { to: IssueStatus.IN_REVIEW, at: '2012-11-08T10:00', by: COORDINATOR },
      { to: IssueStatus.IN_PROGRESS, at: '2012-11-12T10:00', by: COORDINATOR },
      { to: IssueStatus.DISMISSED, at: '2012-12-06T17:10', by: COORDINATOR },
    ],
    resolution:
      'Режим перетину кордону встановлюють держави, не органи місцевого самоврядування; питання передано до Міністерства закордонних справ як пропозицію Програми.',
  },
  {
    raisedBy: 'association',
    reporter: COORDINATOR,
    kind: IssueKind.EXPECTATION,
    category: IssueCategory.FINANCE,
    severity: IssueSeverity.LOW,
    title: 'Спільний фонд малих проєктів прикордонних громад',
    description:
      'Невеликі гранти (до 50 тис. грн) на спільні заходи сільських рад обох областей, з рівними внесками асоціацій.',
    raisedAt: '2013-02-20T11:00',
    round: '2013',
  },
  {
    raisedBy: 'association',
    reporter: COORDINATOR,
    kind: IssueKind.PROBLEM,
    category: IssueCategory.BORDER_CROSSING,
    severity: IssueSeverity.HIGH,
    title: 'Пішохідний перехід у Плетенівці працює лише вдень',
    description:
      'Жителі прикордонних сіл не встигають повернутися з робочих поїздок до закриття переходу.',
    raisedAt: '2013-02-21T12:00',
    round: '2013',
  },
  {
    raisedBy: 'belgorodDuma',
    reporter: BELGOROD,
    kind: IssueKind.EXPECTATION,
    category: IssueCategory.PUBLIC_SERVICES,
    severity: IssueSeverity.MEDIUM,
    title: 'Обмен опытом: центры предоставления административных услуг',
    description:
      'Просим организовать визит специалистов Белгородской области в центры административных услуг Харьковщины.',
    raisedAt: '2013-03-04T10:00',
  },
];
