/**
 * Addresses of the app's pages that the server names too (notifications link to them); the
 * client's other addresses are in its own `app/paths.ts`.
 */

const seg = encodeURIComponent;

export const PROGRAMMES_PATH = '/programmes';
export const TWINNING_PATH = '/twinning';

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

export function twinningPath(id: string): string {
  return `${TWINNING_PATH}/${seg(id)}`;
}
