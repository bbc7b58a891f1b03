/** A report's page, below its programme's reports tab. */
export function reportPath(programmeId: string, reportId: string): string {
  return `/programmes/${encodeURIComponent(programmeId)}/reports/${encodeURIComponent(reportId)}`;
}
