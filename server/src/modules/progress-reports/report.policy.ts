import { ReportStatus, Role } from '@spilno/shared';
import type { Person, Viewer } from '../../common/viewer';
import type { ProgressReport } from './progress-report.entity';
import type { ReportAbilities } from './report-abilities';

/**
 * Who may do what with a progress report, in one place. A report belongs to a partner
 * organisation; `coordinates` says whether the user coordinates the report's programme.
 * Reading the programme itself is the programme's read scope and is checked first. These
 * take a Person (a User or a Viewer) so that a list can decide row by row without a query.
 */

/**
 * A partner organisation's staff write and submit its reports. Administrators may too: the
 * secretariat types in a report a council sent on paper. Coordinators review and do not write.
 */
export function mayWriteReport(user: Person, partnerOrganisationId: string | null): boolean {
  if (user.role === Role.ADMIN) return true;
  return (
    user.role === Role.PARTNER &&
    user.organisationId !== null &&
    user.organisationId === partnerOrganisationId
  );
}

/**
 * A draft is the partner's work in progress: only its writers, the programme's coordinators
 * and administrators see it. Every other reader of the programme sees reports once submitted.
 */
export function mayReadReport(
  user: Person,
  report: { status: ReportStatus },
  partnerOrganisationId: string,
  coordinates: boolean,
): boolean {
  return (
    report.status !== ReportStatus.DRAFT ||
    coordinates ||
    mayWriteReport(user, partnerOrganisationId)
  );
}

/**
 * Why `user` may not review the report, or null when they may: only the programme's
 * coordinators and administrators review, never a report of their own organisation nor
 * one they submitted themselves.
 */
export function reviewRefusal(
  user: Person,
  report: { submittedById: string | null },
  partnerOrganisationId: string,
  coordinates: boolean,
): string | null {
  if (user.role !== Role.ADMIN && !(user.role === Role.COORDINATOR && coordinates)) {
    return 'Only the programme’s coordinators review its reports';
  }
  if (user.organisationId !== null && user.organisationId === partnerOrganisationId) {
    return 'Nobody reviews their own organisation’s report';
  }
  if (report.submittedById === user.id) return 'Nobody reviews a report they submitted';
  return null;
}

export async function reportAbilities(
  viewer: Viewer,
  report: Pick<ProgressReport, 'programmeId' | 'submittedById'>,
  partnerOrganisationId: string,
): Promise<ReportAbilities> {
  const write = mayWriteReport(viewer, partnerOrganisationId);
  const coordinates = await viewer.coordinates(report.programmeId);
  return {
    edit: write,
    submit: write,
    review: reviewRefusal(viewer, report, partnerOrganisationId, coordinates) === null,
  };
}
