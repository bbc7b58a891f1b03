import type { ProgrammeReportQuery } from '../../../generated/graphql';
import type { Formatters } from '../../../ui/useFormat';

export type ReportProgramme = NonNullable<ProgrammeReportQuery['programme']>;

export interface ReportSectionProps {
  data: ProgrammeReportQuery & { programme: ReportProgramme };
  format: Formatters;
}
