/** The GraphQL operations of twinning relations, as clients send them. */

export const RELATION = `id version kind status since areas description programmeId canChange
  organisationA { id country } organisationB { id country } programme { id }
  contacts { organisationId name position email phone organisation { id } }
  history { fromStatus toStatus effectiveOn note author { id name } }
  events { id } attachments { id fileName }`;

export const CREATE_TWINNING = `mutation ($input: TwinningInput!) {
  createTwinningRelation(input: $input) { ${RELATION} }
}`;

export const UPDATE_TWINNING = `mutation ($id: ID!, $version: Int!, $input: TwinningDetailsInput!) {
  updateTwinningRelation(id: $id, version: $version, input: $input) { ${RELATION} }
}`;

export const CHANGE_STATUS = `mutation ($id: ID!, $version: Int!, $status: TwinningStatus!,
  $note: String, $on: LocalDate) {
  changeTwinningStatus(id: $id, version: $version, status: $status, note: $note, on: $on) {
    ${RELATION}
  }
}`;

export const LINK_EVENT = `mutation ($id: ID!, $eventId: ID!) {
  linkTwinningEvent(id: $id, eventId: $eventId) { id events { id } }
}`;

export const UNLINK_EVENT = `mutation ($id: ID!, $eventId: ID!) {
  unlinkTwinningEvent(id: $id, eventId: $eventId) { id events { id } }
}`;

export const TWINNING = `query ($id: ID!) { twinningRelation(id: $id) { ${RELATION} } }`;

export const TWINNINGS = `query ($programmeId: ID, $organisationId: ID, $status: TwinningStatus,
  $country: String, $area: String) {
  twinningRelations(programmeId: $programmeId, organisationId: $organisationId, status: $status,
    country: $country, area: $area) { id status }
}`;

export const AREAS = `{ twinningAreas }`;

export const TWINNING_DASHBOARD = `query ($programmeId: ID!) {
  programmeDashboard(programmeId: $programmeId) { twinningByStatus { status count } }
}`;

/** A valid proposal: a memorandum between A and B on culture and youth exchanges. */
export function twinningInput(
  organisationAId: string,
  organisationBId: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    organisationAId,
    organisationBId,
    kind: 'MEMORANDUM',
    since: '2026-03-01',
    areas: ['Культура', 'Молодіжні обміни'],
    ...overrides,
  };
}

/** The details of a relation for updateTwinningRelation (everything but pair and status). */
export function detailsInput(overrides: Record<string, unknown> = {}) {
  return { kind: 'AGREEMENT', since: '2026-03-01', areas: ['Економіка'], ...overrides };
}

/** A relation as RELATION selects it. */
export interface History {
  fromStatus: string | null;
  toStatus: string;
  effectiveOn: string;
  note: string | null;
  author: { id: string; name: string } | null;
}
export interface Relation {
  id: string;
  version: number;
  status: string;
  since: string | null;
  areas: string[];
  history: History[];
  contacts: { organisationId: string; name: string; organisation: { id: string } }[];
}

/** A relation with what the viewer may do to it. */
export const TWINNING_ABILITIES = `query ($id: ID!) {
  twinningRelation(id: $id) { id status proposingOrganisationId viewerCan { edit statuses } }
}`;
