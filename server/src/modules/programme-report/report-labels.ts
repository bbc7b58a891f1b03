import { LABELS, localeOf, type EnumLabels } from '@spilno/shared';
import { cooperationEn, cooperationUk, type CooperationLabels } from './cooperation-labels';

/**
 * The texts of the printed report in one language. Value names (statuses, kinds, roles) are the
 * shared labels the interface shows; the rest is the report's own wording.
 */
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
  earlierEvents: (count: number) => string;
  indicators: string;
  indicator: string;
  target: string;
  achieved: string;
  noIndicators: string;
  budget: string;
  planned: string;
  spent: string;
  total: string;
  enums: EnumLabels;
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
  earlierEvents: (count) => `Ранніших подій, тут не наведених: ${count}.`,
  indicators: 'Показники',
  indicator: 'Показник',
  target: 'Ціль',
  achieved: 'Досягнуто',
  noIndicators: 'Показників ще немає.',
  budget: 'Бюджет',
  planned: 'Заплановано',
  spent: 'Витрачено',
  total: 'Разом',
  enums: LABELS.uk.enums,
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
  earlierEvents: (count) => `${count} earlier events are not listed.`,
  indicators: 'Indicators',
  indicator: 'Indicator',
  target: 'Target',
  achieved: 'Achieved',
  noIndicators: 'No indicators yet.',
  budget: 'Budget',
  planned: 'Planned',
  spent: 'Spent',
  total: 'Total',
  enums: LABELS.en.enums,
};

/** The report's texts in `language` (uk or en); Ukrainian for anything else. */
export function reportLabels(language: unknown): ReportLabels {
  return localeOf(language) === 'en' ? en : uk;
}
