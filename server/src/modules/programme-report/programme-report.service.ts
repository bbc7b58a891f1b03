import type { DataSource } from 'typeorm';
import type { Policy } from '../programmes/public';
import type { User } from '../users/public';
import { gatherCooperation } from './cooperation';
import type { ProgrammeCooperation } from './cooperation.types';
import { gatherReport } from './report-data';
import { reportDocument } from './report-document';
import { reportLabels } from './report-labels';
import { renderPdf } from './report-pdf';

export interface RenderedReport {
  code: string;
  pdf: Buffer;
}

/** The programme progress report as a PDF, under the programme's read rules. */
export class ProgrammeReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {}

  /** NOT_FOUND when the programme is missing or out of the user's scope. */
  async pdf(user: User, programmeId: string, language: unknown): Promise<RenderedReport> {
    const programme = await this.policy.readableProgramme(user, programmeId);
    const data = await gatherReport(this.dataSource, programme);
    const pdf = await renderPdf(reportDocument(data, reportLabels(language), new Date()));
    return { code: programme.code, pdf };
  }

  /** The cooperation summaries of a programme its caller has already been allowed to read. */
  cooperation(programmeId: string): Promise<ProgrammeCooperation> {
    return gatherCooperation(this.dataSource, programmeId);
  }
}
