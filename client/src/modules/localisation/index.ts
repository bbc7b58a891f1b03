import { defineModule } from '../module';
import { i18n } from './i18n';

export const localisationModule = defineModule({ name: 'localisation', i18n });
