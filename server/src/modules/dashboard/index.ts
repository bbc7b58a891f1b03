import { defineModule, type CoreServices } from '../../common/module';
import { DashboardFiguresResolver } from './dashboard-figures.resolver';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';
import { DashboardFiguresService } from './figures.service';
import { PortfolioResolver } from './portfolio.resolver';
import { PortfolioService } from './portfolio.service';

export const dashboardModule = defineModule({
  name: 'dashboard',
  resolvers: [DashboardResolver, DashboardFiguresResolver, PortfolioResolver],
  services: ({ dataSource, policy }: CoreServices) => ({
    dashboard: new DashboardService(dataSource, policy),
    dashboardFigures: new DashboardFiguresService(dataSource),
    portfolio: new PortfolioService(dataSource, policy),
  }),
});
