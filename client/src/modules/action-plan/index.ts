import { defineModule } from '../module';
import { i18n } from './i18n';

export const actionPlanModule = defineModule({ name: 'action-plan', i18n });
