import { LABELS } from '@spilno/shared';
import { modules } from '../../modules';
import type { ClientModule, ModuleI18n } from '../../modules/module';
import en from './en.json';
import { withSharedLabels } from './sharedLabels';
import uk from './uk.json';

type TextsOf<M> =
  M extends ClientModule<infer I>
    ? I extends ModuleI18n<infer N, infer E>
      ? Record<N, E>
      : never
    : never;

type Merged<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void
  ? I
  : never;

type Flat<T> = { [K in keyof T]: T[K] };

/** The English language files by namespace: the shell's and each module's. */
type EnglishFiles = Flat<{ translation: typeof en } & Merged<TextsOf<(typeof modules)[number]>>>;

/** Every feature's language files at once: for the tests and the key types, not for the app. */
const FEATURE_FILES = import.meta.glob<object>('../../modules/*/i18n/{uk,en}.json', {
  eager: true,
  import: 'default',
});

const features = modules.flatMap((module) =>
  module.i18n
    ? [
        {
          namespace: module.i18n.namespace,
          uk: FEATURE_FILES[`../../modules/${module.name}/i18n/uk.json`],
          en: FEATURE_FILES[`../../modules/${module.name}/i18n/en.json`],
        },
      ]
    : [],
);

/**
 * One namespace for the shell and one per feature that declares texts, each feature keeping
 * them beside its code: `useTranslation('action-plan')` reads modules/action-plan/i18n. The app
 * itself loads them one by one (lazy.ts); this module holds them all, for the tests.
 */
export const NAMESPACES = ['translation', ...features.map((texts) => texts.namespace)];

// The fold over the module list cannot be typed key by key; the parity test holds the
// Ukrainian files to the English keys, so both are read as the English shape.
const files = {
  uk: {
    translation: uk,
    ...Object.fromEntries(features.map((texts) => [texts.namespace, texts.uk])),
  } as unknown as EnglishFiles,
  en: {
    translation: en,
    ...Object.fromEntries(features.map((texts) => [texts.namespace, texts.en])),
  } as unknown as EnglishFiles,
};

/** Each language's files completed with the shared labels of statuses, kinds and columns. */
export const resources = {
  uk: withSharedLabels(files.uk, LABELS.uk),
  en: withSharedLabels(files.en, LABELS.en),
};

/** The English texts by namespace, shared labels included: what `t()` keys are checked against. */
export type EnglishResources = Flat<(typeof resources)['en']>;
