import { EventFormat, EventStatus, EventType, IndicatorSource } from '@spilno/shared';

export interface SeedEvent {
  type: EventType;
  title: string;
  description?: string;
  /** Wall-clock start and end in `timeZone`, as ISO local date-times. */
  startsAt: string;
  endsAt: string;
  timeZone: 'Europe/Kyiv' | 'Europe/Moscow';
  venue: string;
  format?: EventFormat;
  /** Key of the organising partner's organisation. */
  organiser: string;
  /** Keys of the other organisations taking part. */
  participants: string[];
  /** Attendees per programme side, in the programme's side order. */
  attendees: [number, number];
  status: EventStatus;
  /** Code of the action the event carries out. */
  action: string | null;
  outcomes?: string;
  agenda?: { title: string; decision: string | null }[];
}

/**
 * Autumn 2012 under the Kharkiv–Belgorod programme: the first conference, round tables,
 * a seminar for the leaders of both regional councils, a general meeting of the associations
 * and a study visit, organised from both sides of the border. Belgorod kept UTC+4 all year in
 * 2012 while Kharkiv went from UTC+3 to UTC+2 on 28 October: the sides' clocks were one hour
 * apart before that night and two after, which the times below go across.
 */
export const KH_BE_EVENTS: SeedEvent[] = [
  {
    type: EventType.CONFERENCE,
    title: 'Конференція «Місцеве самоврядування прикордонних регіонів»',
    description:
      'Перша спільна конференція Програми: стан і перспективи місцевого самоврядування Харківської та Бєлгородської областей.',
    startsAt: '2012-10-04T10:00',
    endsAt: '2012-10-04T17:00',
    timeZone: 'Europe/Kyiv',
    venue: 'Харків, Держпром, зала засідань обласної ради',
    organiser: 'kharkivRegion',
    participants: ['belgorodDuma', 'association', 'belgorodAssociation'],
    attendees: [64, 38],
    status: EventStatus.HELD,
    action: '1.1',
    outcomes:
      'Ухвалено резолюцію конференції; сторони домовилися щопівроку проводити круглі столи з міжмуніципального співробітництва.',
    agenda: [
      {
        title: 'Досвід реформи місцевого самоврядування по обидва боки кордону',
        decision: 'Підготувати спільний збірник матеріалів до кінця року',
      },
      {
        title: 'План дій Програми на 2012–2014 роки',
        decision: 'Схвалено з уточненнями щодо семінарів для керівників',
      },
    ],
  },
  {
    type: EventType.ROUND_TABLE,
    title: 'Круглий стіл у Харкові: спільні проєкти прикордонних громад',
    startsAt: '2012-10-11T11:00',
    endsAt: '2012-10-11T15:00',
    timeZone: 'Europe/Kyiv',
    venue: 'Харків, Асоціація органів місцевого самоврядування',
    organiser: 'association',
    participants: ['belgorodAssociation', 'kharkivDistrict7', 'belgorodDistrict1'],
    attendees: [27, 14],
    status: EventStatus.HELD,
    action: '1.2.1',
    outcomes:
      'Відібрано п’ять ідей спільних проєктів прикордонних громад для подання на фінансування.',
    agenda: [
      {
        title: 'Прикордонна торгівля та ринки',
        decision: 'Створити робочу групу з представників обох районів',
      },
    ],
  },
  {
    type: EventType.SEMINAR,
    title: 'Семінар з обміну досвідом: бюджет розвитку громад',
    description: 'Семінар для керівників Бєлгородської обласної думи та Харківської обласної ради.',
    startsAt: '2012-10-18T10:00',
    endsAt: '2012-10-19T13:00',
    timeZone: 'Europe/Kyiv',
    venue: 'Харків, Харківська обласна рада',
    organiser: 'kharkivRegion',
    participants: ['belgorodDuma'],
    attendees: [22, 16],
    status: EventStatus.HELD,
    action: '2.1',
    outcomes: 'Обмінялися методиками формування бюджету розвитку; підготовлено рекомендації.',
  },
  {
    type: EventType.GENERAL_MEETING,
    title: 'Общее собрание ассоциаций: итоги первого полугодия Программы',
    startsAt: '2012-10-23T14:00',
    endsAt: '2012-10-23T17:00',
    timeZone: 'Europe/Moscow',
    venue: 'Белгород, Совет муниципальных образований',
    organiser: 'belgorodAssociation',
    participants: ['association'],
    attendees: [12, 19],
    status: EventStatus.HELD,
    action: '5',
    outcomes:
      'Заслушаны отчёты координаторов; утверждён перечень проблемных вопросов для мониторинга.',
  },
  {
    type: EventType.STUDY_VISIT,
    title: 'Учебный визит глав районов Харьковщины в Белгородский район',
    startsAt: '2012-10-25T09:00',
    endsAt: '2012-10-26T18:00',
    timeZone: 'Europe/Moscow',
    venue: 'Белгородский район, пос. Майский',
    organiser: 'belgorodDistrict1',
    participants: ['kharkivDistrict7'],
    attendees: [9, 11],
    status: EventStatus.HELD,
    action: '4',
    outcomes: 'Подписано намерение о побратимских связях между районами.',
  },
  {
    type: EventType.WORKSHOP,
    title: 'Практикум: муниципальные услуги и обращения граждан',
    startsAt: '2012-10-30T10:00',
    endsAt: '2012-10-30T16:00',
    timeZone: 'Europe/Moscow',
    venue: 'Белгород, Белгородская областная Дума',
    organiser: 'belgorodDuma',
    participants: ['kharkivRegion'],
    attendees: [15, 21],
    status: EventStatus.HELD,
    action: '2',
    outcomes: 'Разработан общий перечень лучших практик по работе с обращениями граждан.',
  },
  {
    type: EventType.ROUND_TABLE,
    title: 'Круглый стол: пункты пропуска и сотрудничество приграничных районов',
    startsAt: '2012-11-06T11:00',
    endsAt: '2012-11-06T15:00',
    timeZone: 'Europe/Moscow',
    venue: 'онлайн, видеосвязь Белгород — Харьков',
    format: EventFormat.HYBRID,
    organiser: 'belgorodAssociation',
    participants: ['association', 'kharkivDistrict7', 'belgorodDistrict1'],
    attendees: [18, 20],
    status: EventStatus.HELD,
    action: '1.2',
    outcomes: 'Подготовлены предложения по упрощению пересечения границы жителями приграничья.',
  },
  {
    type: EventType.CONFERENCE,
    title: 'Підсумкова конференція 2012 року',
    startsAt: '2012-12-06T10:00',
    endsAt: '2012-12-06T16:00',
    timeZone: 'Europe/Kyiv',
    venue: 'Харків, Харківська обласна рада',
    organiser: 'kharkivRegion',
    participants: ['belgorodDuma', 'association', 'belgorodAssociation'],
    attendees: [50, 30],
    status: EventStatus.PLANNED,
    action: '1',
  },
];

/** How the demo's indicators are worked out: from the events above where they can be. */
export const KH_BE_INDICATOR_SOURCES: Record<
  string,
  { source: IndicatorSource; eventTypes?: EventType[] }
> = {
  'Проведено конференцій і круглих столів': {
    source: IndicatorSource.EVENTS_HELD,
    eventTypes: [EventType.CONFERENCE, EventType.ROUND_TABLE],
  },
  'Учасники з обох сторін кордону': { source: IndicatorSource.ATTENDEES },
};
