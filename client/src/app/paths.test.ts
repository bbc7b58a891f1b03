import { SERVER_PATHS, serverPathMatcher } from '@spilno/shared';
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  actionsXlsxPath,
  attachmentUploadPath,
  calendarFeedPath,
  eventPath,
  issuePath,
  issuesCsvPath,
  organisationPath,
  programmePath,
  programmeReportPath,
  programmeReportPdfPath,
  progressReportPath,
  PROGRAMME_TABS,
  publicProgrammePath,
  roundPath,
  twinningPath,
} from './paths';
import { routes } from './router';

/** The route pattern the app's router picks for `path`, e.g. `events/:eventId`. */
function pageRoute(path: string): string | undefined {
  return matchRoutes(routes, path)?.at(-1)?.route.path;
}

const isServerPath = serverPathMatcher(Object.values(SERVER_PATHS));

describe('path builders', () => {
  it('lead to the page each one names, through the router', () => {
    expect(pageRoute(programmePath('p 1'))).toBe(':tab?');
    for (const tab of PROGRAMME_TABS) expect(pageRoute(programmePath('p1', tab))).toBe(':tab?');
    expect(pageRoute(eventPath('p1', 'e1'))).toBe('events/:eventId');
    expect(pageRoute(issuePath('p1', 'i1'))).toBe('monitoring/issues/:issueId');
    expect(pageRoute(roundPath('p1', 'r1'))).toBe('monitoring/rounds/:roundId');
    expect(pageRoute(progressReportPath('p1', 'r1'))).toBe('reports/:reportId');
    expect(pageRoute(programmeReportPath('p1'))).toBe('programmes/:id/report');
    expect(pageRoute(publicProgrammePath('KH-BE-2012'))).toBe('p/:code');
    expect(pageRoute(organisationPath('o1'))).toBe('organisations/:id');
    expect(pageRoute(twinningPath('t1'))).toBe('twinning/:id');
  });

  it('encode each segment', () => {
    expect(eventPath('p/1', 'e 1')).toBe('/programmes/p%2F1/events/e%201');
    expect(programmePath('p1', 'overview')).toBe('/programmes/p1');
  });

  it("lead to the server's files, which the app never shadows", () => {
    const files = [
      programmeReportPdfPath('p1', 'en'),
      issuesCsvPath('p1', { status: 'OPEN', roundId: null }),
      actionsXlsxPath('p1', 'en'),
      calendarFeedPath('p1'),
      attachmentUploadPath(new URLSearchParams({ eventId: 'e1' })),
    ];
    expect(files).toEqual([
      '/programmes/p1/report.pdf?lang=en',
      '/export/programmes/p1/issues.csv?status=OPEN',
      '/export/programmes/p1/actions.xlsx?lang=en',
      '/calendar/p1.ics',
      '/attachments?eventId=e1',
    ]);
    for (const file of files) expect(isServerPath.test(file), file).toBe(true);
  });
});
