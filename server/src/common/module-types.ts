import type { Role } from '@spilno/shared';

/**
 * Types that a module owns and the layers in `common/` hand around: the signed-in user (the
 * `users` module's entity) and the record-scope service (`programmes`). `common/` imports no
 * module, so each owner enters its type here by declaration merging, next to its definition:
 *
 *     declare module '../../common/module-types' {
 *       interface ModuleTypes { user: User }
 *     }
 *
 * The layers then speak of `SignedInUser` and `ScopeService`, which are exactly those types.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ModuleTypes {}

/** What the layers read of a signed-in user; the `users` module's entity has at least this. */
export interface UserFacts {
  id: string;
  role: Role;
  organisationId: string | null;
}

/** The signed-in user: the entity the `users` module enters as `ModuleTypes['user']`. */
export type SignedInUser = ModuleTypes extends { user: infer U extends UserFacts } ? U : UserFacts;

/** The record-scope service (`policy` of the core services), entered by `programmes`. */
export type ScopeService = ModuleTypes extends { policy: infer P } ? P : never;
