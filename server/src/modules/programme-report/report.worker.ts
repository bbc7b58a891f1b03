import type { Locale } from '@spilno/shared';
import { renderTask } from '../../common/render-worker';
import type { ReportData } from './report-data';
import { reportDocument } from './report-document';
import { reportLabels } from './report-labels';
import { renderPdf } from './report-pdf';

export interface ReportInput {
  data: ReportData;
  language: Locale;
  /** When the report is generated, as its footer says. */
  now: Date;
}

/**
 * The report as a PDF, in a worker thread. The document is laid out here too: on a programme
 * with thousands of events that costs as much as the PDF itself.
 */
export const reportPdf = renderTask(({ data, language, now }: ReportInput) =>
  renderPdf(reportDocument(data, reportLabels(language), now)),
);
