import { ErrorCode, Role } from '@spilno/shared';
import { expect } from 'vitest';
import type { User } from '../src/modules/users/user.entity';
import { buildOrganisation, buildUser } from './factories';
import type { Client, GraphQLResult, TestApp } from './graphql';

/** Every kind of caller a permission matrix covers: one per role, and nobody signed in. */
export const CALLERS = [
  Role.ADMIN,
  Role.COORDINATOR,
  Role.PARTNER,
  Role.OBSERVER,
  'anonymous',
] as const;
export type CallerName = (typeof CALLERS)[number];

export interface Caller {
  name: CallerName;
  /** Null for the anonymous caller. */
  user: User | null;
  client: Client;
}

export type Callers = Record<CallerName, Caller>;

/** One signed-in user per role (the partner works for a fresh organisation) and an anonymous client. */
export async function buildCallers(app: TestApp): Promise<Callers> {
  const organisation = await buildOrganisation(app.dataSource);
  const callers = {} as Callers;
  for (const name of CALLERS) {
    if (name === 'anonymous') {
      callers[name] = { name, user: null, client: app.anonymous() };
      continue;
    }
    const user = await buildUser(app.dataSource, {
      role: name,
      organisationId: name === Role.PARTNER ? organisation.id : null,
    });
    callers[name] = { name, user, client: await app.as(user) };
  }
  return callers;
}

/**
 * The error code `caller` must get from an operation only the `allowed` roles may run:
 * UNAUTHENTICATED when signed out, FORBIDDEN for another role, undefined when allowed.
 */
export function deniedCode(caller: CallerName, allowed: readonly Role[]): ErrorCode | undefined {
  if (caller === 'anonymous') return ErrorCode.UNAUTHENTICATED;
  return allowed.includes(caller) ? undefined : ErrorCode.FORBIDDEN;
}

/**
 * Asserts that a response refused the operation with `code` and gave away no data: `data` is
 * null, or (for a nullable root field) holds nothing but nulls.
 */
export function expectRefused<T>(result: GraphQLResult<T>, code: string): void {
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  for (const value of Object.values(result.data ?? {})) expect(value).toBeNull();
}
