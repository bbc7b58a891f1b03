import type { ProgrammeDashboardQuery } from '../../../generated/graphql';
import type { WorkspaceProgramme } from '../../programmes/public';
import type { DashboardView } from './DashboardChart';

export type DashboardFigures = ProgrammeDashboardQuery['programmeDashboard'];
/** The programme of the workspace the dashboard is a tab of. */
export type DashboardProgramme = WorkspaceProgramme;

export interface SectionProps {
  dashboard: DashboardFigures;
  programme: DashboardProgramme;
  view: DashboardView;
}
