import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';

/** The programme workspace shows this tab; it loads on first visit. */
export const IndicatorsTab = lazyNamed(() => import('./components/IndicatorsTab'), 'IndicatorsTab');

/** The dashboard draws it; the charting code loads with the first chart. */
export const IndicatorChart = lazyNamed(
  () => import('./components/IndicatorChart'),
  'IndicatorChart',
);

// Its components are used inside other features' pages; it adds no page or texts of its own.
export const indicatorsModule = defineModule({ name: 'indicators' });
