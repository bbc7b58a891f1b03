/**
 * What other modules use of localisation: helpers and small components. Pages and programme
 * tabs load lazily, so they are declared in index.ts.
 */
export { UntranslatedMark } from './components/UntranslatedMark';
