import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionStatus, ErrorCode, EventStatus, ProgrammeStatus } from '@spilno/shared';
import { buildAction, buildEvent, buildIndicator } from '../factories';
import { startTestApp, type Client, type TestApp } from '../graphql';
import { pdfInfo } from '../pdf-text';
import { buildCast, castProgramme, type Cast, type CastProgramme } from '../programme-cast';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

beforeAll(async () => {
  app = await startTestApp();
  cast = await buildCast(app);
  p = await castProgramme(app, cast, { title: 'Прикордонне співробітництво «Слобожанщина»' });
  const ds = app.dataSource;
  const top = await buildAction(ds, p.programme.id, { code: '1', title: 'Конференції' });
  await buildAction(ds, p.programme.id, {
    code: '1.1',
    parentId: top.id,
    title: 'Щорічна конференція',
    status: ActionStatus.IN_PROGRESS,
    ownProgress: 60,
    plannedBudget: 5000,
    responsible: [p.uaPartner],
  });
  await buildEvent(ds, p.programme.id, {
    status: EventStatus.HELD,
    organiserPartnerId: p.plPartner.id,
    attendees: [{ sideId: p.uaSide.id, count: 12 }],
  });
  await buildIndicator(ds, p.programme.id);
});
afterAll(() => app?.close());

function getReport(client: Client | null, programmeId: string, query = '') {
  return fetch(`${app.url}/programmes/${programmeId}/report.pdf${query}`, {
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });
}

describe('programme progress report as PDF', () => {
  it('is a PDF document titled after the programme, for readers of the programme', async () => {
    for (const member of ['coordinator', 'partner', 'neighbour', 'observer'] as const) {
      const response = await getReport(cast.clients[member], p.programme.id);
      expect(response.status, member).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
      expect(pdfInfo(pdf, 'Title')).toBe(`${p.programme.code} — Звіт про хід виконання програми`);
      expect(pdfInfo(pdf, 'Subject')).toBe(p.programme.title);
    }
  });

  it('is written in the language asked for', async () => {
    const response = await getReport(cast.clients.observer, p.programme.id, '?lang=en');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdfInfo(pdf, 'Title')).toBe(`${p.programme.code} — Programme progress report`);
  });

  it('asks anonymous callers to sign in', async () => {
    const response = await getReport(null, p.programme.id);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('does not exist for callers outside the programme, for drafts or malformed ids', async () => {
    const draft = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
    const refused = [
      await getReport(cast.clients.outsider, p.programme.id),
      await getReport(cast.clients.observer, draft.programme.id),
      await getReport(cast.clients.admin, 'not-an-id'),
    ];
    expect(refused.map((response) => response.status)).toEqual([404, 404, 404]);
    expect((await getReport(cast.clients.coordinator, draft.programme.id)).status).toBe(200);
  });
});
