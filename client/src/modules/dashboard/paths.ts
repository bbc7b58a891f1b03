/** The printable progress report of a programme (a page of its own, without the app's frame). */
export function reportPath(programmeId: string): string {
  return `/programmes/${encodeURIComponent(programmeId)}/report`;
}

/** The same report as a PDF made by the server, in `language`. */
export function reportPdfPath(programmeId: string, language: string): string {
  return `${reportPath(programmeId)}.pdf?lang=${encodeURIComponent(language)}`;
}

export const PORTFOLIO_PATH = '/portfolio';
