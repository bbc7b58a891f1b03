import { ReportStatus } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { addDays } from '@spilno/shared';
import { ProgressReport } from '../src/modules/progress-reports/progress-report.entity';
import type { Partner } from '../src/modules/programmes/partner.entity';

let day = 0;

/** A fresh one-day period in 2026, so reports built for one partner never overlap. */
export function freshDay(): { periodStart: string; periodEnd: string } {
  const date = addDays('2026-01-01', day % 365);
  day += 1;
  return { periodStart: date, periodEnd: date };
}

/** A report of `partner` in `status` (a submitted one as the partner's own user submitted it). */
export function buildReport(
  ds: DataSource,
  partner: Partner,
  overrides: Partial<ProgressReport> = {},
): Promise<ProgressReport> {
  const submitted = overrides.status && overrides.status !== ReportStatus.DRAFT;
  return ds.getRepository(ProgressReport).save({
    programmeId: partner.programmeId,
    partnerId: partner.id,
    ...freshDay(),
    narrative: 'Звіт за період',
    status: ReportStatus.DRAFT,
    submittedAt: submitted ? new Date() : null,
    firstSubmittedAt: submitted ? new Date() : null,
    submittedById: null,
    snapshot: null,
    ...overrides,
  });
}
