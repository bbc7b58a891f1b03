import { describe, expect, it } from 'vitest';
import { SERVER_PATHS, serverPath, serverPathMatcher, serverPathSource } from './server-paths';

describe('server paths', () => {
  const matcher = serverPathMatcher(Object.values(SERVER_PATHS));

  it('match what the server answers, with or without a query string', () => {
    for (const path of [
      '/graphql',
      '/healthz',
      '/calendar/p1.ics',
      '/export/programmes/p1/actions.xlsx',
      '/export/programmes/p1/issues.csv?status=OPEN',
      '/attachments',
      '/attachments?eventId=e1&name=a.pdf',
      '/attachments/a1',
      // The printable report sits under a page path of the client: only this file is the server's.
      '/programmes/p1/report.pdf',
      '/programmes/p1/report.pdf?lang=en',
    ])
      expect(matcher.test(path), path).toBe(true);
  });

  it("leave the client's own pages alone", () => {
    for (const path of [
      '/',
      '/programmes',
      '/programmes/p1',
      '/programmes/p1/report',
      '/programmes/p1/report.pdfx',
      '/graphqlx',
      '/exporter',
    ])
      expect(matcher.test(path), path).toBe(false);
  });

  it('take a parameter as exactly one non-empty segment', () => {
    const pdf = new RegExp(serverPathSource(SERVER_PATHS.programmeReportPdf));
    expect(pdf.test('/programmes//report.pdf')).toBe(false);
    expect(pdf.test('/programmes/a/b/report.pdf')).toBe(false);
  });

  it('build a path with its parameters encoded', () => {
    expect(serverPath('programmeReportPdf', { id: 'p 1/2' })).toBe(
      '/programmes/p%201%2F2/report.pdf',
    );
    expect(serverPath('attachmentUpload')).toBe('/attachments');
    expect(() => serverPath('issuesCsv')).toThrow('missing :id');
  });
});
