import type { ComponentType } from 'react';
import type { ViewerAbility } from './auth/public';

/**
 * Where a page sits: `public` needs no sign-in, `document` is signed-in but without the app's
 * frame (a printable page), `app` is inside the frame, and `programme` is a child of a
 * programme's workspace (`programmes/:id/…`, its path relative to it), which has already
 * loaded the programme.
 */
export type RouteZone = 'public' | 'document' | 'app' | 'programme';

export interface ModuleRoute {
  /** Relative to the zone's base: the site's root, or `programmes/:id` for `programme`. */
  path: string;
  Component: ComponentType;
  zone?: RouteZone;
  /**
   * The viewer's ability (`me.viewerCan`) the page needs; without it the forbidden page is
   * shown. The server refuses the page's data by the same rule.
   */
  ability?: ViewerAbility;
}

/**
 * A feature's texts: one i18next namespace, in each language the interface speaks. The app
 * loads a language's file when a page first reads the namespace, so the first screen carries
 * no feature's texts and no reader downloads a language they do not read.
 */
export interface ModuleI18n<Namespace extends string = string, En extends object = object> {
  namespace: Namespace;
  load: { uk: () => Promise<{ default: object }>; en: () => Promise<{ default: En }> };
}

/**
 * What a client feature adds to the app. The router and the i18n set-up are derived from the
 * list in `modules/index.ts`, so adding a feature is one folder and one line.
 */
export interface ClientModule<I18n extends ModuleI18n | undefined = ModuleI18n | undefined> {
  /** The folder name under `modules/`. */
  name: string;
  routes?: readonly ModuleRoute[];
  i18n?: I18n;
}

/** Declares a module, keeping the exact type of its namespace and texts. */
export function defineModule<const I18n extends ModuleI18n | undefined = undefined>(
  module: ClientModule<I18n>,
): ClientModule<I18n> {
  return module;
}

/** Declares a feature's texts, keeping the namespace's literal name. */
export function defineI18n<const Namespace extends string, En extends object>(
  i18n: ModuleI18n<Namespace, En>,
): ModuleI18n<Namespace, En> {
  return i18n;
}
