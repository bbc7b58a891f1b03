import type { Organisation } from '../src/modules/organisations/organisation.entity';
import { buildOrganisation } from './factories';
import type { TestApp } from './graphql';
import type { Cast } from './programme-cast';
import { CREATE_TWINNING, twinningInput, type Relation } from './twinning-documents';

/**
 * Organisations across the border and relations the coordinator records between them. `env` is
 * read at each call, as test files set up their app and cast in beforeAll.
 */
export function twinningSteps(env: () => { app: TestApp; cast: Cast }) {
  const across = (overrides: Partial<Organisation> = {}) =>
    buildOrganisation(env().app.dataSource, { country: 'PL', ...overrides });

  async function propose(a: string, b: string, overrides: Record<string, unknown> = {}) {
    const data = await env().cast.clients.coordinator.ok<{ createTwinningRelation: Relation }>(
      CREATE_TWINNING,
      { input: twinningInput(a, b, overrides) },
    );
    return data.createTwinningRelation;
  }

  return { across, propose };
}
