import DataLoader from 'dataloader';
import { SERVER_PATHS } from '@spilno/shared';
import { firstManyBy } from '../../common/loaders';
import { plainById, plainManyBy } from '../../common/plain-rows';
import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import { actionExportRouter } from './action-export.route';
import { ActionImportService } from './action-import.service';
import { ActionResponsible } from './action-responsible.entity';
import { ActionOutlineResolver } from './action-outline.resolver';
import { ActionTableResolver } from './action-table.resolver';
import { Action } from './action.entity';
import { ActionResolver, ProgressNoteResolver } from './action.resolver';
import { ActionService } from './action.service';
import { programmeBudgets, type ProgrammeBudget } from './budget';
import { readPlanNodes, type PlanNode } from './plan-reads';
import { ProgressNote } from './progress-note.entity';

export const actionPlanModule = defineModule({
  name: 'action-plan',
  entities: [Action, ActionResponsible, ProgressNote],
  resolvers: [ActionResolver, ActionOutlineResolver, ActionTableResolver, ProgressNoteResolver],
  services: ({ dataSource, policy, audit }: CoreServices & { audit: AuditService }) => ({
    actions: new ActionService(dataSource, policy, audit),
    actionImport: new ActionImportService(dataSource, policy, audit),
  }),
  loaders: (dataSource) => ({
    budget: new DataLoader<string, ProgrammeBudget | null>((ids) =>
      programmeBudgets(dataSource, ids),
    ),
    // The few columns the progress roll-up, the sub-action index and the dashboard read,
    // shared by every figure and action of one request that needs the tree, so it is read once.
    planNodes: new DataLoader<string, PlanNode[]>((ids) => readPlanNodes(dataSource, ids)),
    // Plans resolve their actions by the hundred: plain rows (see plain-rows.ts).
    actionsByProgramme: plainManyBy(dataSource, Action, 'programmeId', '"code"'),
    responsibleByAction: plainManyBy(dataSource, ActionResponsible, 'actionId'),
    notesByAction: firstManyBy(dataSource, ProgressNote, 'actionId', { at: 'DESC' }),
    action: plainById(dataSource, Action),
  }),
  routes: [{ paths: [SERVER_PATHS.actionsXlsx], router: actionExportRouter }],
});
