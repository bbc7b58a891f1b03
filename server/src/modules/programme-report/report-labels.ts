import type {
  ActionStatus,
  EventStatus,
  EventType,
  PartnerRole,
  ProgrammeStatus,
} from '@spilno/shared';

import { cooperationEn, cooperationUk, type CooperationLabels } from './cooperation-labels';

/** The texts of the printed report in one language; the app's own texts live in the client. */
export interface ReportLabels extends CooperationLabels {
  locale: string;
  heading: string;
  period: string;
  status: string;
  generated: string;
  page: (page: number, pages: number) => string;
  summary: string;
  sidesAndPartners: string;
  side: string;
  organisation: string;
  role: string;
  noPartners: string;
  actionPlan: string;
  overall: (percent: string) => string;
  overdueCount: (count: number) => string;
  code: string;
  action: string;
  due: string;
  progress: string;
  overdue: string;
  noActions: string;
  events: string;
  date: string;
  type: string;
  event: string;
  organiser: string;
  attendees: string;
  noEvents: string;
  indicators: string;
  indicator: string;
  target: string;
  achieved: string;
  noIndicators: string;
  budget: string;
  planned: string;
  spent: string;
  total: string;
  programmeStatus: Record<ProgrammeStatus, string>;
  actionStatus: Record<ActionStatus, string>;
  eventStatus: Record<EventStatus, string>;
  eventType: Record<EventType, string>;
  partnerRole: Record<PartnerRole, string>;
}

const uk: ReportLabels = {
  ...cooperationUk,
  locale: 'uk-UA',
  heading: 'Звіт про хід виконання програми',
  period: 'Період',
  status: 'Стан',
  generated: 'Сформовано',
  page: (page, pages) => `Сторінка ${page} з ${pages}`,
  summary: 'Опис',
  sidesAndPartners: 'Сторони та партнери',
  side: 'Сторона',
  organisation: 'Організація',
  role: 'Роль',
  noPartners: 'Партнерів ще немає.',
  actionPlan: 'План дій',
  overall: (percent) => `Загальний поступ: ${percent}`,
  overdueCount: (count) => `Прострочених заходів: ${count}`,
  code: 'Код',
  action: 'Захід плану',
  due: 'Строк',
  progress: 'Поступ',
  overdue: 'прострочено',
  noActions: 'План дій ще порожній.',
  events: 'Події',
  date: 'Дата',
  type: 'Тип',
  event: 'Подія',
  organiser: 'Організатор',
  attendees: 'Учасників',
  noEvents: 'Подій ще немає.',
  indicators: 'Показники',
  indicator: 'Показник',
  target: 'Ціль',
  achieved: 'Досягнуто',
  noIndicators: 'Показників ще немає.',
  budget: 'Бюджет',
  planned: 'Заплановано',
  spent: 'Витрачено',
  total: 'Разом',
  programmeStatus: {
    DRAFT: 'Чернетка',
    ACTIVE: 'Діє',
    COMPLETED: 'Завершена',
    SUSPENDED: 'Призупинена',
  },
  actionStatus: {
    PLANNED: 'Заплановано',
    IN_PROGRESS: 'Виконується',
    DONE: 'Виконано',
    CANCELLED: 'Скасовано',
  },
  eventStatus: {
    PLANNED: 'Заплановано',
    HELD: 'Проведено',
    CANCELLED: 'Скасовано',
    POSTPONED: 'Перенесено',
  },
  eventType: {
    CONFERENCE: 'Конференція',
    ROUND_TABLE: 'Круглий стіл',
    WORKSHOP: 'Воркшоп',
    SEMINAR: 'Семінар',
    GENERAL_MEETING: 'Загальні збори',
    STUDY_VISIT: 'Навчальний візит',
    TRAINING: 'Тренінг',
    OTHER: 'Інше',
  },
  partnerRole: {
    LEAD: 'Провідний партнер',
    PARTNER: 'Партнер',
    ASSOCIATED: 'Асоційований партнер',
  },
};

const en: ReportLabels = {
  ...cooperationEn,
  locale: 'en-GB',
  heading: 'Programme progress report',
  period: 'Period',
  status: 'Status',
  generated: 'Generated',
  page: (page, pages) => `Page ${page} of ${pages}`,
  summary: 'Summary',
  sidesAndPartners: 'Sides and partners',
  side: 'Side',
  organisation: 'Organisation',
  role: 'Role',
  noPartners: 'No partners yet.',
  actionPlan: 'Action plan',
  overall: (percent) => `Overall progress: ${percent}`,
  overdueCount: (count) => `Overdue actions: ${count}`,
  code: 'Code',
  action: 'Action',
  due: 'Due',
  progress: 'Progress',
  overdue: 'overdue',
  noActions: 'The action plan is still empty.',
  events: 'Events',
  date: 'Date',
  type: 'Type',
  event: 'Event',
  organiser: 'Organiser',
  attendees: 'Attendees',
  noEvents: 'No events yet.',
  indicators: 'Indicators',
  indicator: 'Indicator',
  target: 'Target',
  achieved: 'Achieved',
  noIndicators: 'No indicators yet.',
  budget: 'Budget',
  planned: 'Planned',
  spent: 'Spent',
  total: 'Total',
  programmeStatus: {
    DRAFT: 'Draft',
    ACTIVE: 'Active',
    COMPLETED: 'Completed',
    SUSPENDED: 'Suspended',
  },
  actionStatus: {
    PLANNED: 'Planned',
    IN_PROGRESS: 'In progress',
    DONE: 'Done',
    CANCELLED: 'Cancelled',
  },
  eventStatus: { PLANNED: 'Planned', HELD: 'Held', CANCELLED: 'Cancelled', POSTPONED: 'Postponed' },
  eventType: {
    CONFERENCE: 'Conference',
    ROUND_TABLE: 'Round table',
    WORKSHOP: 'Workshop',
    SEMINAR: 'Seminar',
    GENERAL_MEETING: 'General meeting',
    STUDY_VISIT: 'Study visit',
    TRAINING: 'Training',
    OTHER: 'Other',
  },
  partnerRole: { LEAD: 'Lead partner', PARTNER: 'Partner', ASSOCIATED: 'Associated partner' },
};

/** The report's texts in `language` (uk or en); Ukrainian for anything else. */
export function reportLabels(language: unknown): ReportLabels {
  return language === 'en' ? en : uk;
}
