import type { Client, TestApp } from './graphql';
import { rowsOf, type Cast, type CastProgramme } from './programme-cast';
import {
  CREATE_REPORT,
  reportInput,
  REVIEW_REPORT,
  SUBMIT_REPORT,
  type ReportData,
} from './report-documents';

/**
 * The steps of the report workflow as their usual actors take them: the Kharkiv partner writes
 * and submits, the coordinator reviews. `env` is read at each call, as test files set up their
 * app and cast in beforeAll.
 */
export function reportSteps(env: () => { app: TestApp; cast: Cast }) {
  type Created = { createProgressReport: ReportData };

  async function draft(
    p: CastProgramme,
    client: Client = env().cast.clients.partner,
    partnerId = p.uaPartner.id,
    input = reportInput(),
  ): Promise<ReportData> {
    const data = await client.ok<Created>(CREATE_REPORT, {
      programmeId: p.programme.id,
      partnerId,
      input,
    });
    return data.createProgressReport;
  }

  async function submit(report: ReportData, client: Client = env().cast.clients.partner) {
    const data = await client.ok<{ submitProgressReport: ReportData }>(SUBMIT_REPORT, {
      id: report.id,
      version: report.version,
    });
    return data.submitProgressReport;
  }

  async function review(
    report: ReportData,
    decision: 'APPROVE' | 'REQUEST_CHANGES',
    comment: string | null = null,
    client: Client = env().cast.clients.coordinator,
  ) {
    const data = await client.ok<{ reviewProgressReport: ReportData }>(REVIEW_REPORT, {
      id: report.id,
      version: report.version,
      decision,
      comment,
    });
    return data.reviewProgressReport;
  }

  const reportRows = (p: CastProgramme) => () =>
    Promise.all([
      rowsOf(env().app, 'progress_report', 'programmeId', p.programme.id),
      env().app.dataSource.query(
        `SELECT v.* FROM progress_report_review v JOIN progress_report r ON r.id = v."reportId"
          WHERE r."programmeId" = $1 ORDER BY v.at`,
        [p.programme.id],
      ),
    ]);

  return { draft, submit, review, reportRows };
}
