import DataLoader from 'dataloader';
import { SERVER_PATHS } from '@spilno/shared';
import { byId, manyBy } from '../../common/loaders';
import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import { actionExportRouter } from './action-export.route';
import { ActionImportService } from './action-import.service';
import { ActionResponsible } from './action-responsible.entity';
import { ActionTableResolver } from './action-table.resolver';
import { Action } from './action.entity';
import { ActionResolver, ProgressNoteResolver } from './action.resolver';
import { ActionService } from './action.service';
import { programmeBudgets, type ProgrammeBudget } from './budget';
import { ProgressNote } from './progress-note.entity';

export const actionPlanModule = defineModule({
  name: 'action-plan',
  entities: [Action, ActionResponsible, ProgressNote],
  resolvers: [ActionResolver, ActionTableResolver, ProgressNoteResolver],
  services: ({ dataSource, policy, audit }: CoreServices & { audit: AuditService }) => ({
    actions: new ActionService(dataSource, policy, audit),
    actionImport: new ActionImportService(dataSource, policy, audit),
  }),
  loaders: (dataSource) => ({
    budget: new DataLoader<{ id: string; currency: string }, ProgrammeBudget, string>(
      (programmes) => programmeBudgets(dataSource, programmes),
      { cacheKeyFn: (programme) => programme.id },
    ),
    actionsByProgramme: manyBy(dataSource, Action, 'programmeId', { code: 'ASC' }),
    responsibleByAction: manyBy(dataSource, ActionResponsible, 'actionId'),
    notesByAction: manyBy(dataSource, ProgressNote, 'actionId', { at: 'DESC' }),
    action: byId(dataSource, Action),
  }),
  routes: [{ paths: [SERVER_PATHS.actionsXlsx], router: actionExportRouter }],
});
