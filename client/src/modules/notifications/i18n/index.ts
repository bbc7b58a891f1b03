import { defineI18n } from '../../module';

export const i18n = defineI18n({
  namespace: 'notifications',
  load: { uk: () => import('./uk.json'), en: () => import('./en.json') },
});
