import { serverPath, programmePath } from '@spilno/shared';

export {
  PROGRAMME_WORKSPACE_PATH,
  PROGRAMME_TABS,
  isProgrammeTab,
  programmePath,
  eventPath,
  issuePath,
  roundPath,
  progressReportPath,
  twinningPath,
  TWINNING_PATH,
  PROGRAMMES_PATH,
  type ProgrammeTab,
} from '@spilno/shared';

/**
 * Every address the client links to, built in one place: pages of the app and files the server
 * makes. A page's route pattern and its builder sit side by side, so they cannot drift apart.
 */

const seg = encodeURIComponent;

export const HOME_PATH = '/';
export const NEW_PROGRAMME_PATH = '/programmes/new';
export const ORGANISATIONS_PATH = '/organisations';
export const PORTFOLIO_PATH = '/portfolio';
export const USERS_PATH = '/users';
export const AUDIT_PATH = '/audit';
export const NOTIFICATIONS_PATH = '/notifications';
export const OUTBOX_PATH = '/outbox';

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
