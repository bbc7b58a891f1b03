/**
 * What other modules use of programmes: helpers and small components. Pages and programme
 * tabs load lazily, so they are declared in index.ts.
 */
export { ProgrammeNameCells } from './components/ProgrammeNameCells';
export { ProgrammeStatusBadge } from './components/ProgrammeStatusBadge';
export { TranslationFields } from './components/TranslationFields';
export { TranslationMark } from './components/TranslationMark';
export { ProgrammesQuery } from './graphql/programmes';
export { type LocalisedText, type TranslatedRecord, localisedText } from './localisedText';
export {
  type StoredTranslation,
  type TranslationValues,
  translationErrors,
  translationsToForm,
  translationsToInput,
} from './translationForm';
export {
  type ProgrammeWorkspaceContext,
  type WorkspaceProgramme,
  useProgrammeWorkspace,
} from './workspace';
