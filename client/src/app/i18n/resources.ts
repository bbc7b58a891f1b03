import { modules } from '../../modules';
import type { ClientModule, ModuleI18n } from '../../modules/module';
import en from './en.json';
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

/** The English texts by namespace: the shell's and each module's. */
export type EnglishResources = Flat<
  { translation: typeof en } & Merged<TextsOf<(typeof modules)[number]>>
>;

const features = modules.flatMap((module) => (module.i18n ? [module.i18n] : []));

/**
 * One namespace for the shell and one per feature that declares texts, each feature keeping
 * them beside its code: `useTranslation('plan')` reads modules/action-plan/i18n.
 */
export const NAMESPACES = ['translation', ...features.map((texts) => texts.namespace)];

export const resources = {
  uk: {
    translation: uk,
    ...Object.fromEntries(features.map((texts) => [texts.namespace, texts.uk])),
  },
  en: {
    translation: en,
    ...Object.fromEntries(features.map((texts) => [texts.namespace, texts.en])),
  },
};
