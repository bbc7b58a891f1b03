/** The issue page's address, below its programme's monitoring tab. */
export function issuePath(programmeId: string, issueId: string): string {
  return `/programmes/${encodeURIComponent(programmeId)}/monitoring/issues/${encodeURIComponent(issueId)}`;
}

/** A monitoring round's page. */
export function roundPath(programmeId: string, roundId: string): string {
  return `/programmes/${encodeURIComponent(programmeId)}/monitoring/rounds/${encodeURIComponent(roundId)}`;
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
  return `/export/programmes/${encodeURIComponent(programmeId)}/issues.csv${search ? `?${search}` : ''}`;
}
