import { ActionStatus } from '@spilno/shared';

export interface SeedAction {
  code: string;
  title: string;
  startsOn: string;
  dueOn: string;
  status: ActionStatus;
  progress: number;
  /** Keys of the partner organisations responsible. */
  responsible: string[];
  plannedBudget?: number;
  spentBudget?: number;
}

/**
 * The Action Plan adopted with the 2012–2014 Kharkiv–Belgorod programme, as the signing
 * announcement lists it: conferences and round tables, workshops for the leaders of both
 * regional councils, the programme site, twinning relations and the monitoring of problems
 * and expectations of local self-government.
 */
export const KH_BE_ACTIONS: SeedAction[] = [
  {
    code: '1',
    title: 'Конференції та круглі столи з розвитку місцевого самоврядування',
    startsOn: '2012-03-01',
    dueOn: '2014-11-30',
    status: ActionStatus.IN_PROGRESS,
    progress: 0,
    responsible: ['association', 'belgorodAssociation'],
  },
  {
    code: '1.1',
    title: 'Конференція «Місцеве самоврядування прикордонних регіонів»',
    startsOn: '2012-03-01',
    dueOn: '2012-10-31',
    status: ActionStatus.DONE,
    progress: 100,
    responsible: ['kharkivRegion', 'belgorodDuma'],
    plannedBudget: 40000,
    spentBudget: 38500,
  },
  {
    code: '1.2',
    title: 'Серія круглих столів з міжмуніципального співробітництва',
    startsOn: '2012-09-01',
    dueOn: '2014-11-30',
    status: ActionStatus.IN_PROGRESS,
    progress: 0,
    responsible: ['association', 'belgorodAssociation'],
  },
  {
    code: '1.2.1',
    title: 'Круглий стіл у Харкові: спільні проєкти прикордонних громад',
    startsOn: '2012-09-01',
    dueOn: '2013-03-31',
    status: ActionStatus.DONE,
    progress: 100,
    responsible: ['association'],
    plannedBudget: 12000,
    spentBudget: 11800,
  },
  {
    code: '1.2.2',
    title: 'Круглый стол в Белгороде: опыт муниципального управления',
    startsOn: '2013-04-01',
    dueOn: '2013-10-31',
    status: ActionStatus.IN_PROGRESS,
    progress: 60,
    responsible: ['belgorodAssociation'],
    plannedBudget: 12000,
    spentBudget: 5000,
  },
  {
    code: '1.2.3',
    title: 'Круглий стіл у Вовчанську: прикордонні пункти пропуску',
    startsOn: '2014-03-01',
    dueOn: '2014-11-30',
    status: ActionStatus.PLANNED,
    progress: 0,
    responsible: ['kharkivDistrict7', 'belgorodDistrict1'],
    plannedBudget: 8000,
  },
  {
    code: '2',
    title: 'Семінари для керівників Бєлгородської обласної думи та Харківської обласної ради',
    startsOn: '2012-06-01',
    dueOn: '2014-06-30',
    status: ActionStatus.IN_PROGRESS,
    progress: 0,
    responsible: ['kharkivRegion', 'belgorodDuma'],
  },
  {
    code: '2.1',
    title: 'Семінар з обміну досвідом: бюджет розвитку громад',
    startsOn: '2012-06-01',
    dueOn: '2012-12-31',
    status: ActionStatus.DONE,
    progress: 100,
    responsible: ['kharkivRegion'],
    plannedBudget: 15000,
    spentBudget: 14200,
  },
  {
    code: '2.2',
    title: 'Семинар для глав муниципальных образований Белгородской области',
    startsOn: '2013-02-01',
    dueOn: '2013-12-31',
    status: ActionStatus.IN_PROGRESS,
    progress: 40,
    responsible: ['belgorodDuma'],
    plannedBudget: 15000,
    spentBudget: 6000,
  },
  {
    code: '3',
    title: 'Сайт Програми',
    startsOn: '2012-04-01',
    dueOn: '2012-12-31',
    status: ActionStatus.DONE,
    progress: 100,
    responsible: ['association'],
    plannedBudget: 6000,
    spentBudget: 6000,
  },
  {
    code: '4',
    title: 'Розвиток існуючих і нових побратимських міжмуніципальних зв’язків',
    startsOn: '2012-03-01',
    dueOn: '2014-12-31',
    status: ActionStatus.IN_PROGRESS,
    progress: 35,
    responsible: ['kharkivDistrict7', 'belgorodDistrict1'],
  },
  {
    code: '5',
    title: 'Моніторинг проблемних питань та очікувань місцевого самоврядування',
    startsOn: '2012-09-01',
    dueOn: '2014-12-31',
    status: ActionStatus.IN_PROGRESS,
    progress: 50,
    responsible: ['association', 'belgorodAssociation'],
    plannedBudget: 10000,
    spentBudget: 4000,
  },
  {
    code: '6',
    title: 'Міжнародні проєкти в економічній та соціальній сферах',
    startsOn: '2013-01-01',
    dueOn: '2014-12-31',
    status: ActionStatus.PLANNED,
    progress: 0,
    responsible: ['kharkivRegion', 'belgorodDuma'],
    plannedBudget: 50000,
  },
];

export const KH_BE_INDICATORS = [
  { name: 'Проведено конференцій і круглих столів', unit: 'заходів', target: 6, achieved: 3 },
  { name: 'Учасники з обох сторін кордону', unit: 'осіб', target: 400, achieved: 185 },
  { name: 'Підписано угод про побратимство', unit: 'угод', target: 5, achieved: 1 },
];
