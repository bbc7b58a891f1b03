import { localeOf, todayIso } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import type { ExportRenderer } from '../../common/export-renderer';
import { workerTask } from '../../common/render-pool';
import type { Policy } from '../programmes/public';
import type { User } from '../users/public';
import { gatherCooperation } from './cooperation';
import type { ProgrammeCooperation } from './cooperation.types';
import { gatherReport } from './report-data';
import { reportVersion } from './report-version';
import type { reportPdf } from './report.worker';

const REPORT_PDF = workerTask<typeof reportPdf>(__filename, 'report.worker', 'reportPdf');

export interface RenderedReport {
  code: string;
  pdf: Buffer;
}

/** The programme progress report as a PDF, under the programme's read rules. */
export class ProgrammeReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly exports: ExportRenderer,
  ) {}

  /**
   * NOT_FOUND when the programme is missing or out of the user's scope. Rendered in a worker,
   * once a day per language and version of the programme's content.
   */
  async pdf(user: User, programmeId: string, language: unknown): Promise<RenderedReport> {
    const programme = await this.policy.readableProgramme(user, programmeId);
    const locale = localeOf(language);
    const now = new Date();
    const version = await reportVersion(this.dataSource, programme.id);
    const pdf = await this.exports.render({
      key: `report.pdf:${programme.id}:${locale}:${todayIso(now)}:${version}`,
      task: REPORT_PDF,
      input: async () => ({
        data: await gatherReport(this.dataSource, programme),
        language: locale,
        now,
      }),
    });
    return { code: programme.code, pdf };
  }

  /** The cooperation summaries of a programme its caller has already been allowed to read. */
  cooperation(programmeId: string): Promise<ProgrammeCooperation> {
    return gatherCooperation(this.dataSource, programmeId);
  }
}
