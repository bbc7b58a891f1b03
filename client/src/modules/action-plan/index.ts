import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

/** Tabs of the programme workspace; each loads on first visit. */
export const ActionPlanTab = lazyNamed(() => import('./components/ActionPlanTab'), 'ActionPlanTab');
export const TimelineTab = lazyNamed(() => import('./components/TimelineTab'), 'TimelineTab');

export const actionPlanModule = defineModule({ name: 'action-plan', i18n });
