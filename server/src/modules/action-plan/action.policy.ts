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
  return reportsGiven(viewer, await viewer.runs(action.programmeId), responsible);
}

/** `mayReportProgress` once it is known whether the viewer runs the programme. */
async function reportsGiven(
  viewer: Viewer,
  runs: boolean,
  responsible: ResponsibleOrganisations,
): Promise<boolean> {
  if (runs) return true;
  if (!viewer.isPartner) return false;
  return (await responsible()).some((organisationId) => viewer.actsFor(organisationId));
}

/** What a viewer may do to every action of a programme, whatever the action. */
interface PlanRules {
  edit: boolean;
  runs: boolean;
}

const rulesPerViewer = new WeakMap<Viewer, Map<string, Promise<PlanRules>>>();

/**
 * The programme-wide half of the rules above, decided once per viewer (so once per request)
 * and programme: a plan shows the abilities of hundreds of actions, which share it.
 */
function planRules(viewer: Viewer, programmeId: string): Promise<PlanRules> {
  let rules = rulesPerViewer.get(viewer);
  if (!rules) rulesPerViewer.set(viewer, (rules = new Map()));
  let decided = rules.get(programmeId);
  if (!decided) {
    decided = Promise.all([mayEditProgramme(viewer, programmeId), viewer.runs(programmeId)]).then(
      ([edit, runs]) => ({ edit, runs }),
    );
    rules.set(programmeId, decided);
  }
  return decided;
}

export async function actionAbilities(
  viewer: Viewer,
  action: Pick<Action, 'programmeId'>,
  responsible: ResponsibleOrganisations,
): Promise<ActionAbilities> {
  const { edit, runs } = await planRules(viewer, action.programmeId);
  return {
    // An action is part of its programme's plan: whoever edits the plan edits it.
    edit,
    reportProgress: await reportsGiven(viewer, runs, responsible),
  };
}
