/**
 * What the rest of the server (other modules, the database seeds, the app) uses of dashboard.
 * Only re-exports: the files behind them stay private to the module.
 */
export {
  ProgrammeDashboard,
  type IssueStatusCount,
  type TwinningStatusCount,
} from './dashboard.types';
export { mayReadPortfolio } from './portfolio.policy';
export { readableFigures } from './readable-figures';
export { issuesByCategory, issuesByStatus, twinningByStatus } from './status-counts';
