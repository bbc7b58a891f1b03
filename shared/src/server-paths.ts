/**
 * Every HTTP path the server answers itself, as Express route patterns (`:name` is one path
 * segment). The server mounts its routes on these, its single-page fallback leaves them alone,
 * and the client's development proxy forwards them — so the three can never disagree.
 */
export const SERVER_PATHS = {
  graphql: '/graphql',
  health: '/healthz',
  calendarFeed: '/calendar/:file',
  actionsXlsx: '/export/programmes/:id/actions.xlsx',
  issuesCsv: '/export/programmes/:id/issues.csv',
  attachmentUpload: '/attachments',
  attachment: '/attachments/:id',
  programmeReportPdf: '/programmes/:id/report.pdf',
  unsubscribe: '/notifications/unsubscribe/:token',
} as const;

export type ServerPathName = keyof typeof SERVER_PATHS;
export type ServerPath = (typeof SERVER_PATHS)[ServerPathName];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The source of an anchored regular expression matching `pattern` and anything below it
 * (`/graphql` also matches `/graphql/x` and `/graphql?x`). A parameter matches one non-empty segment.
 */
export function serverPathSource(pattern: string): string {
  const body = pattern
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : escapeRegExp(segment)))
    .join('/');
  return `^${body}(?:[/?].*)?$`;
}

/** One regular expression matching every path in `patterns` (and below them). */
export function serverPathMatcher(patterns: readonly string[]): RegExp {
  return new RegExp(patterns.map((pattern) => `(?:${serverPathSource(pattern)})`).join('|'));
}

/**
 * The path of a server route with its parameters filled in and encoded, e.g.
 * `serverPath('issuesCsv', { id })`. A missing parameter is an error, not `undefined` in a URL.
 */
export function serverPath(name: ServerPathName, params: Record<string, string> = {}): string {
  return SERVER_PATHS[name].replace(/:([A-Za-z]+)/g, (_match, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`serverPath(${name}): missing :${key}`);
    return encodeURIComponent(value);
  });
}
