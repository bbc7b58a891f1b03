import type { Viewer } from '../../common/viewer';
import { mayEditProgramme } from '../programmes/public';
import type { Action } from './action.entity';
import type { ActionAbilities } from './action-abilities';

/** The organisations responsible for an action, asked only when the rule needs them. */
export type ResponsibleOrganisations = () => Promise<readonly string[]>;

/**
 * Who reports progress on an action: those who run its programme, and the staff of a partner
 * organisation responsible for it.
 */
export async function mayReportProgress(
  viewer: Viewer,
  action: Pick<Action, 'programmeId'>,
  responsible: ResponsibleOrganisations,
): Promise<boolean> {
  if (await viewer.runs(action.programmeId)) return true;
  if (!viewer.isPartner) return false;
  return (await responsible()).some((organisationId) => viewer.actsFor(organisationId));
}

export async function actionAbilities(
  viewer: Viewer,
  action: Pick<Action, 'programmeId'>,
  responsible: ResponsibleOrganisations,
): Promise<ActionAbilities> {
  return {
    // An action is part of its programme's plan: whoever edits the plan edits it.
    edit: await mayEditProgramme(viewer, action.programmeId),
    reportProgress: await mayReportProgress(viewer, action, responsible),
  };
}
