/**
 * What the rest of the server (other modules, the database seeds, the app) uses of action-plan.
 * Only re-exports: the files behind them stay private to the module.
 */
export { ActionResponsible } from './action-responsible.entity';
export { byCode, overallProgress, rollUp } from './action-tree';
export { Action, decimal } from './action.entity';
export { ProgrammeBudget, presentBudget, programmeBudgets } from './budget';
export { ProgressNote } from './progress-note.entity';
