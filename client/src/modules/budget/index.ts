import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';

/** The programme workspace shows this tab; it loads on first visit. */
export const BudgetTab = lazyNamed(() => import('./components/BudgetTab'), 'BudgetTab');

/** The dashboard draws it; the charting code loads with the first chart. */
export const BudgetChart = lazyNamed(() => import('./components/BudgetChart'), 'BudgetChart');

// Its components are used inside other features' pages; it adds no page or texts of its own.
export const budgetModule = defineModule({ name: 'budget' });
