import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActionStatus, EventStatus, EventType, LABELS } from '@spilno/shared';
import { gatherReport } from '../../src/modules/programme-report/report-data';
import { reportDocument } from '../../src/modules/programme-report/report-document';
import { reportLabels } from '../../src/modules/programme-report/report-labels';
import { renderPdf } from '../../src/modules/programme-report/report-pdf';
import { useCastProgramme } from '../cast-world';
import { buildAction, buildEvent, buildIndicator } from '../factories';
import type { TestApp } from '../graphql';
import { documentTexts, pdfLines, pdfRuns } from '../pdf-text';
import type { CastProgramme } from '../programme-cast';

let app: TestApp;
let p: CastProgramme;

useCastProgramme((world) => ({ app, p } = world), { title: 'Прикордонне співробітництво' });
/** A plan with an action in every status and events in every printed status and type. */
beforeAll(async () => {
  const ds = app.dataSource;
  for (const [index, status] of Object.values(ActionStatus).entries()) {
    await buildAction(ds, p.programme.id, {
      code: `${index + 1}`,
      title: `Захід ${index + 1}`,
      status,
      dueOn: '2030-12-31',
    });
  }
  const printed = Object.values(EventStatus).filter((s) => s !== EventStatus.CANCELLED);
  for (const [index, type] of Object.values(EventType).entries()) {
    await buildEvent(ds, p.programme.id, {
      type,
      status: printed[index % printed.length],
      title: `Подія ${index + 1}`,
      organiserPartnerId: p.plPartner.id,
      startsAt: new Date('2012-03-12T06:00:00Z'),
      timeZone: 'Europe/Moscow',
    });
  }
  await buildIndicator(ds, p.programme.id);
});

async function report(language: 'uk' | 'en') {
  const data = await gatherReport(app.dataSource, p.programme);
  const document = reportDocument(data, reportLabels(language), new Date('2026-05-01T12:00:00Z'));
  const pdf = await renderPdf(document);
  return { words: documentTexts(document.content), pdf };
}

/** Words as a reader sees them: split at spaces and at the places a line may break anyway. */
const words = (texts: string[]) =>
  new Set(texts.flatMap((text) => text.split(/[\s/–—-]+/)).filter((word) => word.length > 1));

describe.each(['uk', 'en'] as const)('printed report layout in %s', (language) => {
  it('never breaks a word across lines', async () => {
    const { words: written, pdf } = await report(language);
    const printed = words(await pdfRuns(pdf));
    // The kicker above the title is letter-spaced, so it is drawn (and read back) letter by letter.
    const spaced = words([reportLabels(language).heading.toUpperCase()]);
    const broken = [...words(written)].filter((word) => !printed.has(word) && !spaced.has(word));
    expect(broken).toEqual([]);
    // The words that broke before: statuses and headers in narrow columns.
    const labels = LABELS[language].enums;
    for (const word of [
      ...Object.values(labels.ActionStatus),
      ...Object.values(labels.EventType),
      labels.EventStatus.PLANNED,
      labels.EventStatus.POSTPONED,
    ])
      for (const part of word.split(' ')) expect(printed, part).toContain(part);
  });

  it('prints events’ times in their own time zone, naming it', async () => {
    const { pdf } = await report(language);
    const lines = (await pdfLines(pdf)).flat().join('\n');
    // 06:00 UTC is 10:00 in Moscow in March 2012 (UTC+4 that year).
    const when = language === 'uk' ? '12.03.2012 10:00' : '12/03/2012 10:00';
    expect(lines).toContain(when);
    expect(lines).toContain('(Europe/Moscow)');
  });
});
