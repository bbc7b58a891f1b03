import fs from 'node:fs';
import path from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { anyCasePattern } from '../src/modules/organisations/text-search';

const GENERATED = path.join(__dirname, '../../client/src/generated/graphql.ts');

/**
 * An operation of the app itself, as its generated client code holds it, so the benchmark
 * sends exactly what the pages send. The dashboard and the plan are measured this way.
 */
export function appDocument(name: string): string {
  const generated = fs.readFileSync(GENERATED, 'utf8');
  const line = new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as`, 'm');
  const json = line.exec(generated)?.[1];
  if (!json) throw new Error(`no generated document ${name}Document: run codegen`);
  return print(JSON.parse(json) as DocumentNode);
}

export interface Ids {
  /** The largest programme: 2,000 actions and 20,000 events. */
  programmeId: string;
}

export interface Scenario {
  name: string;
  /** Who asks: a session token of the volume script. */
  token: 'bench-admin' | 'bench-coordinator';
  query: string;
  variables: Record<string, unknown>;
  /** The hand-written server's path that answers the same JSON, for lists. */
  baseline?: string;
}

const SEARCH = 'зміїв';

/** The reads people use most, each on the largest programme. */
export function scenarios(ids: Ids): Scenario[] {
  const programme = { programmeId: ids.programmeId };
  const query = `programmeId=${ids.programmeId}`;
  return [
    {
      name: 'dashboard',
      token: 'bench-coordinator',
      query: appDocument('ProgrammeDashboard'),
      variables: programme,
    },
    {
      name: 'plan',
      token: 'bench-coordinator',
      query: appDocument('ActionPlan'),
      variables: programme,
    },
    {
      name: 'events',
      token: 'bench-admin',
      query: `query($programmeId: ID!) { events(programmeId: $programmeId, limit: 50) {
        total items { id title type status startsAt endsAt timeZone organiser { id } } } }`,
      variables: programme,
      baseline: `/events?${query}`,
    },
    {
      name: 'issues',
      token: 'bench-admin',
      query: `query($programmeId: ID!) { monitoringIssues(programmeId: $programmeId, limit: 50) {
        total items { id title kind severity status raisedBy { id name } } } }`,
      variables: programme,
      baseline: `/issues?${query}`,
    },
    {
      name: 'directory',
      token: 'bench-admin',
      query: `query($search: String) { organisations(search: $search, limit: 50) {
        total items { id name country kind } } }`,
      variables: { search: SEARCH },
      baseline: `/organisations?pattern=${encodeURIComponent(anyCasePattern(SEARCH))}`,
    },
    {
      name: 'twinning',
      token: 'bench-admin',
      query: `query($programmeId: ID) { twinningRelations(programmeId: $programmeId) {
        id kind status since organisationA { id name } organisationB { id name } } }`,
      variables: programme,
      baseline: `/twinning?${query}`,
    },
  ];
}
