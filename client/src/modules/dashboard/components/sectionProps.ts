import type { ProgrammeDashboardQuery } from '../../../generated/graphql';
import type { DashboardView } from './DashboardChart';

export type DashboardFigures = ProgrammeDashboardQuery['programmeDashboard'];
export type DashboardProgramme = NonNullable<ProgrammeDashboardQuery['programme']>;

export interface SectionProps {
  dashboard: DashboardFigures;
  programme: DashboardProgramme;
  view: DashboardView;
}
