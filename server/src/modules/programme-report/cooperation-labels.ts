import type {
  IssueCategory,
  IssueSeverity,
  IssueStatus,
  TwinningKind,
  TwinningStatus,
} from '@spilno/shared';

/** The texts of the report's twinning, monitoring and reporting sections in one language. */
export interface CooperationLabels {
  twinning: string;
  noTwinning: string;
  activeRelations: string;
  organisations: string;
  kind: string;
  since: string;
  areas: string;
  monitoring: string;
  noIssues: string;
  byStatus: string;
  byCategory: string;
  count: string;
  severeOpen: string;
  noSevereOpen: string;
  issue: string;
  severity: string;
  raisedBy: string;
  reporting: string;
  noPeriods: string;
  periodOf: (start: string, end: string, due: string) => string;
  partner: string;
  onTime: string;
  submittedLate: string;
  lateNow: string;
  notDue: string;
  twinningKind: Record<TwinningKind, string>;
  twinningStatus: Record<TwinningStatus, string>;
  issueStatus: Record<IssueStatus, string>;
  issueCategory: Record<IssueCategory, string>;
  issueSeverity: Record<IssueSeverity, string>;
}

export const cooperationUk: CooperationLabels = {
  twinning: 'Побратимські зв’язки',
  noTwinning: 'З програмою ще не пов’язано жодного побратимського зв’язку.',
  activeRelations: 'Чинні зв’язки',
  organisations: 'Організації',
  kind: 'Вид',
  since: 'З',
  areas: 'Сфери співпраці',
  monitoring: 'Моніторинг проблем і очікувань',
  noIssues: 'Жодної проблеми ще не порушено.',
  byStatus: 'За станом',
  byCategory: 'За категорією',
  count: 'Кількість',
  severeOpen: 'Невирішені проблеми високої та критичної важливості',
  noSevereOpen: 'Невирішених проблем високої чи критичної важливості немає.',
  issue: 'Проблема',
  severity: 'Важливість',
  raisedBy: 'Порушила',
  reporting: 'Звітування партнерів',
  noPeriods: 'Звітні періоди ще не визначено.',
  periodOf: (start, end, due) => `${start} – ${end}, строк ${due}`,
  partner: 'Партнер',
  onTime: 'вчасно',
  submittedLate: 'із запізненням',
  lateNow: 'не подано, строк минув',
  notDue: 'строк ще не настав',
  twinningKind: {
    AGREEMENT: 'Угода',
    MEMORANDUM: 'Меморандум',
    LETTER_OF_INTENT: 'Лист про наміри',
  },
  twinningStatus: {
    PROPOSED: 'Запропоновано',
    NEGOTIATING: 'Переговори',
    ACTIVE: 'Діє',
    DORMANT: 'Призупинено',
    TERMINATED: 'Припинено',
  },
  issueStatus: {
    OPEN: 'Відкрите',
    IN_REVIEW: 'На розгляді',
    IN_PROGRESS: 'У роботі',
    RESOLVED: 'Вирішене',
    DISMISSED: 'Відхилене',
  },
  issueCategory: {
    LEGAL_FRAMEWORK: 'Законодавча база',
    FINANCE: 'Фінанси',
    INFRASTRUCTURE: 'Інфраструктура',
    BORDER_CROSSING: 'Перетин кордону',
    PUBLIC_SERVICES: 'Публічні послуги',
    OTHER: 'Інше',
  },
  issueSeverity: { LOW: 'Низька', MEDIUM: 'Середня', HIGH: 'Висока', CRITICAL: 'Критична' },
};

export const cooperationEn: CooperationLabels = {
  twinning: 'Twinning relations',
  noTwinning: 'No twinning relation is linked to the programme yet.',
  activeRelations: 'Active relations',
  organisations: 'Organisations',
  kind: 'Kind',
  since: 'Since',
  areas: 'Areas of cooperation',
  monitoring: 'Monitoring of problems and expectations',
  noIssues: 'No issue has been raised yet.',
  byStatus: 'By status',
  byCategory: 'By category',
  count: 'Count',
  severeOpen: 'Open issues of high and critical severity',
  noSevereOpen: 'No open issue of high or critical severity.',
  issue: 'Issue',
  severity: 'Severity',
  raisedBy: 'Raised by',
  reporting: "Partners' reporting",
  noPeriods: 'No reporting periods have been set yet.',
  periodOf: (start, end, due) => `${start} – ${end}, due ${due}`,
  partner: 'Partner',
  onTime: 'on time',
  submittedLate: 'late',
  lateNow: 'missing, overdue',
  notDue: 'not due yet',
  twinningKind: {
    AGREEMENT: 'Agreement',
    MEMORANDUM: 'Memorandum',
    LETTER_OF_INTENT: 'Letter of intent',
  },
  twinningStatus: {
    PROPOSED: 'Proposed',
    NEGOTIATING: 'Negotiating',
    ACTIVE: 'Active',
    DORMANT: 'Dormant',
    TERMINATED: 'Terminated',
  },
  issueStatus: {
    OPEN: 'Open',
    IN_REVIEW: 'In review',
    IN_PROGRESS: 'In progress',
    RESOLVED: 'Resolved',
    DISMISSED: 'Dismissed',
  },
  issueCategory: {
    LEGAL_FRAMEWORK: 'Legal framework',
    FINANCE: 'Finance',
    INFRASTRUCTURE: 'Infrastructure',
    BORDER_CROSSING: 'Border crossing',
    PUBLIC_SERVICES: 'Public services',
    OTHER: 'Other',
  },
  issueSeverity: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' },
};
