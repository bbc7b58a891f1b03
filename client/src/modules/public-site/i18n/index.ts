import { defineI18n } from '../../module';
import en from './en.json';
import uk from './uk.json';

export const i18n = defineI18n({ namespace: 'public-site', uk, en });
