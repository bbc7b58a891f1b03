import { serverPath } from '@spilno/shared';

/**
 * Every address the client links to, built in one place: pages of the app and files the server
 * makes. A page's route pattern and its builder sit side by side, so they cannot drift apart.
 */

const seg = encodeURIComponent;

export const HOME_PATH = '/';
export const PROGRAMMES_PATH = '/programmes';
export const NEW_PROGRAMME_PATH = '/programmes/new';
export const ORGANISATIONS_PATH = '/organisations';
export const TWINNING_PATH = '/twinning';
export const PORTFOLIO_PATH = '/portfolio';
export const USERS_PATH = '/users';
export const AUDIT_PATH = '/audit';
export const OUTBOX_PATH = '/outbox';

/** The programme workspace's route: every programme page is below it. */
export const PROGRAMME_WORKSPACE_PATH = 'programmes/:id';

/** Tabs in order; each but the overview has its own address, e.g. /programmes/:id/plan. */
export const PROGRAMME_TABS = [
  'overview',
  'partners',
  'plan',
  'timeline',
  'events',
  'indicators',
  'budget',
  'twinning',
  'monitoring',
  'dashboard',
  'reports',
  'translations',
] as const;
export type ProgrammeTab = (typeof PROGRAMME_TABS)[number];

export function isProgrammeTab(value: string): value is ProgrammeTab {
  return (PROGRAMME_TABS as readonly string[]).includes(value);
}

/** A programme's workspace, on one of its tabs. */
export function programmePath(id: string, tab: ProgrammeTab = 'overview'): string {
  const base = `${PROGRAMMES_PATH}/${seg(id)}`;
  return tab === 'overview' ? base : `${base}/${tab}`;
}

/** The event page's address, below its programme's events tab. */
export function eventPath(programmeId: string, eventId: string): string {
  return `${programmePath(programmeId, 'events')}/${seg(eventId)}`;
}

/** The issue page's address, below its programme's monitoring tab. */
export function issuePath(programmeId: string, issueId: string): string {
  return `${programmePath(programmeId, 'monitoring')}/issues/${seg(issueId)}`;
}

/** A monitoring round's page. */
export function roundPath(programmeId: string, roundId: string): string {
  return `${programmePath(programmeId, 'monitoring')}/rounds/${seg(roundId)}`;
}

/** A partner's progress report, below its programme's reports tab. */
export function progressReportPath(programmeId: string, reportId: string): string {
  return `${programmePath(programmeId, 'reports')}/${seg(reportId)}`;
}

/** The printable report of a programme (a page of its own, without the app's frame). */
export function programmeReportPath(programmeId: string): string {
  return `${programmePath(programmeId)}/report`;
}

/** The same report as a PDF made by the server, in `language`. */
export function programmeReportPdfPath(programmeId: string, language: string): string {
  return `${serverPath('programmeReportPdf', { id: programmeId })}?lang=${seg(language)}`;
}

/** The public page of a published programme. */
export function publicProgrammePath(code: string): string {
  return `/p/${seg(code)}`;
}

export function organisationPath(id: string): string {
  return `${ORGANISATIONS_PATH}/${seg(id)}`;
}

export function twinningPath(id: string): string {
  return `${TWINNING_PATH}/${seg(id)}`;
}

/**
 * The CSV of a programme's issues with the list's filters (empty ones left out), written in
 * the reader's language.
 */
export function issuesCsvPath(
  programmeId: string,
  filters: Readonly<Record<string, string | null>>,
  lang?: string,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  if (lang) query.set('lang', lang);
  const search = query.toString();
  return `${serverPath('issuesCsv', { id: programmeId })}${search ? `?${search}` : ''}`;
}

/** The action plan as a spreadsheet, in the reader's language. */
export function actionsXlsxPath(programmeId: string, lang = ''): string {
  return `${serverPath('actionsXlsx', { id: programmeId })}?lang=${seg(lang)}`;
}

/** A programme's calendar feed (an iCal file). */
export function calendarFeedPath(programmeId: string): string {
  return serverPath('calendarFeed', { file: `${programmeId}.ics` });
}

/** Where attachments are uploaded, with the record and file name as query parameters. */
export function attachmentUploadPath(query: URLSearchParams): string {
  return `${serverPath('attachmentUpload')}?${query.toString()}`;
}
