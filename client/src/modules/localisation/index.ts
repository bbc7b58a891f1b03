import { lazyNamed } from '../../ui/lazyNamed';
import { defineModule } from '../module';
import { i18n } from './i18n';

/** The programme workspace shows this tab; it loads on first visit. */
export const MissingTranslationsTab = lazyNamed(
  () => import('./components/MissingTranslationsTab'),
  'MissingTranslationsTab',
);

export const localisationModule = defineModule({ name: 'localisation', i18n });
