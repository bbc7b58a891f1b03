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
  moreSevereOpen: (count: number) => string;
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
  moreSevereOpen: (count) => `І ще таких проблем: ${count}.`,
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
  moreSevereOpen: (count) => `And ${count} more such issues.`,
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
};
