import type { Content, DocumentDefinition } from 'pdfmake';
import { monitoring, reporting, twinning } from './cooperation-sections';
import type { ReportData } from './report-data';
import type { ReportLabels } from './report-labels';
import { empty, FIT, formatsFor, heading, table, zonedCell, type Section } from './report-parts';

const sidesAndPartners: Section = (data, l) => [
  heading(l.sidesAndPartners),
  data.partners.length === 0
    ? empty(l.noPartners)
    : table(
        [l.side, l.organisation, l.role],
        data.partners.map((partner) => {
          const side = data.sides.find((s) => s.id === partner.sideId);
          return [
            side ? `${side.name} (${side.country})` : '',
            partner.name,
            l.enums.PartnerRole[partner.role],
          ];
        }),
        ['30%', '*', '25%'],
      ),
];

const actionPlan: Section = (data, l, f) => {
  const overdue = data.actions.filter((a) => a.overdue).length;
  return [
    heading(l.actionPlan),
    { text: `${l.overall(f.percent(data.overallProgress))}   ·   ${l.overdueCount(overdue)}` },
    data.actions.length === 0
      ? empty(l.noActions)
      : table(
          [l.code, l.action, l.status, l.due, l.progress],
          data.actions.map((a) => [
            a.code,
            { text: a.title, margin: [a.depth * 10, 0, 0, 0], bold: a.depth === 0 },
            l.enums.ActionStatus[a.status],
            a.overdue
              ? { text: `${f.shortDate(a.dueOn)}\n${l.overdue}`, color: '#c92a2a' }
              : f.shortDate(a.dueOn),
            f.percent(a.progress),
          ]),
          [FIT, '*', FIT, FIT, FIT],
          [4],
        ),
  ];
};

const events: Section = (data, l, f) => [
  heading(l.events),
  data.events.length === 0
    ? empty(l.noEvents)
    : table(
        [l.date, l.type, l.event, l.organiser, l.status, l.attendees],
        data.events.map((e) => [
          zonedCell(f, e.startsAt, e.timeZone),
          l.enums.EventType[e.type],
          e.venue ? { text: [e.title, { text: `\n${e.venue}`, style: 'muted' }] } : e.title,
          e.organiser ?? '',
          l.enums.EventStatus[e.status],
          f.number(e.attendees),
        ]),
        [FIT, FIT, '*', '*', FIT, FIT],
        [5],
      ),
  ...(data.eventCount > data.events.length
    ? [empty(l.earlierEvents(data.eventCount - data.events.length))]
    : []),
];

const indicators: Section = (data, l, f) => [
  heading(l.indicators),
  data.indicators.length === 0
    ? empty(l.noIndicators)
    : table(
        [l.indicator, l.target, l.achieved, l.progress],
        data.indicators.map((i) => [
          `${i.name} (${i.unit})`,
          f.number(i.target),
          f.number(i.achieved),
          i.target > 0 ? f.percent((100 * i.achieved) / i.target) : '—',
        ]),
        ['*', FIT, FIT, FIT],
        [1, 2, 3],
      ),
];

const budget: Section = (data, l, f) => {
  const { total, bySide } = data.budget;
  if (total.planned === 0 && total.spent === 0) return [];
  const sideName = (id: string | null) => data.sides.find((s) => s.id === id)?.name ?? '—';
  return [
    heading(l.budget),
    table(
      [l.side, l.planned, l.spent],
      [
        ...bySide.map((line) => [sideName(line.id), f.money(line.planned), f.money(line.spent)]),
        [l.total, f.money(total.planned), f.money(total.spent)].map((text) => ({
          text,
          bold: true,
        })),
      ],
      ['*', 110, 110],
      [1, 2],
    ),
  ];
};

/** The report's sections in printed order. */
const SECTIONS: Section[] = [
  sidesAndPartners,
  actionPlan,
  events,
  indicators,
  budget,
  twinning,
  monitoring,
  reporting,
];

/** The printable progress report of a programme as a pdfmake document (A4, page numbers). */
export function reportDocument(
  data: ReportData,
  labels: ReportLabels,
  now: Date,
): DocumentDefinition {
  const { programme } = data;
  const f = formatsFor(labels, programme.currency);
  const header: Content[] = [
    { text: labels.heading.toUpperCase(), style: 'kicker' },
    { text: programme.title, style: 'h1' },
    {
      text: [
        { text: `${programme.code}   ·   ` },
        { text: `${labels.period}: ${f.date(programme.startsOn)} – ${f.date(programme.endsOn)}` },
        { text: `   ·   ${labels.status}: ${labels.enums.ProgrammeStatus[programme.status]}` },
      ],
      style: 'muted',
      margin: [0, 0, 0, 10],
    },
    ...(programme.summary
      ? [heading(labels.summary), { text: programme.summary, margin: [0, 0, 0, 10] } as Content]
      : []),
  ];
  return {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    info: { title: `${programme.code} — ${labels.heading}`, subject: programme.title },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      kicker: { fontSize: 8, color: '#555555', characterSpacing: 1 },
      h1: { fontSize: 17, bold: true, margin: [0, 4, 0, 6] },
      h2: { fontSize: 12.5, bold: true, margin: [0, 10, 0, 4] },
      th: { bold: true, fontSize: 8.5, color: '#333333' },
      muted: { color: '#666666' },
    },
    content: [...header, ...SECTIONS.flatMap((section) => section(data, labels, f))],
    footer: (page, pages) => ({
      columns: [
        {
          text: `${programme.code} · ${labels.generated} ${f.date(now.toISOString().slice(0, 10))}`,
        },
        { text: labels.page(page, pages), alignment: 'right' },
      ],
      margin: [48, 16, 48, 0],
      fontSize: 8,
      color: '#666666',
    }),
  };
}
