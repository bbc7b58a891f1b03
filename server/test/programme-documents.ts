/** The GraphQL operations of programmes, their plan and indicators, as clients send them. */

const PROGRAMME = `id code title summary startsOn endsOn status published version currency
  sides { id name country } partners { id role version side { id } organisation { id } }`;
const PARTNER = 'id role version side { id } organisation { id }';
const ACTION = `id code title status progress dueOn overdue version weight
  plannedBudget spentBudget parent { id } children { id } responsible { id }`;
const INDICATOR = 'id name unit target achieved version';

export const PROGRAMMES = '{ programmes { id } }';

export const PROGRAMME_QUERY = `query ($id: ID!) { programme(id: $id) { ${PROGRAMME} } }`;

export const BUDGET = `query ($id: ID!) { programme(id: $id) { budget {
  currency total { planned spent } byPartner { id planned spent } bySide { id planned spent }
} } }`;

export const CREATE_PROGRAMME = `mutation ($input: CreateProgrammeInput!) {
  createProgramme(input: $input) { ${PROGRAMME} coordinators { id } }
}`;

export const UPDATE_PROGRAMME = `mutation ($id: ID!, $version: Int!, $input: UpdateProgrammeInput!) {
  updateProgramme(id: $id, version: $version, input: $input) { ${PROGRAMME} }
}`;

export const PUBLISH_PROGRAMME = `mutation ($id: ID!, $version: Int!, $published: Boolean!) {
  publishProgramme(id: $id, version: $version, published: $published) { id published version }
}`;

export const ADD_PARTNER = `mutation ($programmeId: ID!, $organisationId: ID!, $sideId: ID!, $role: PartnerRole!) {
  addPartner(programmeId: $programmeId, organisationId: $organisationId, sideId: $sideId, role: $role) { ${PARTNER} }
}`;

export const UPDATE_PARTNER = `mutation ($id: ID!, $version: Int!, $input: PartnerChangeInput!) {
  updatePartner(id: $id, version: $version, input: $input) { ${PARTNER} }
}`;

export const REMOVE_PARTNER = `mutation ($id: ID!, $version: Int!) { removePartner(id: $id, version: $version) }`;

export const ADD_SIDE = `mutation ($programmeId: ID!, $input: SideInput!) {
  addProgrammeSide(programmeId: $programmeId, input: $input) { id name country position }
}`;

export const UPDATE_SIDE = `mutation ($id: ID!, $input: SideInput!) {
  updateProgrammeSide(id: $id, input: $input) { id name country }
}`;

export const REMOVE_SIDE = 'mutation ($id: ID!) { removeProgrammeSide(id: $id) }';

export const ADD_SIGNATORY = `mutation ($programmeId: ID!, $input: SignatoryInput!) {
  addSignatory(programmeId: $programmeId, input: $input) { id person position signedOn organisation { id } }
}`;

export const REMOVE_SIGNATORY = 'mutation ($id: ID!) { removeSignatory(id: $id) }';

export const ADD_COORDINATOR = `mutation ($programmeId: ID!, $userId: ID!) {
  addCoordinator(programmeId: $programmeId, userId: $userId)
}`;

export const REMOVE_COORDINATOR = `mutation ($programmeId: ID!, $userId: ID!) {
  removeCoordinator(programmeId: $programmeId, userId: $userId)
}`;

export const CREATE_ACTION = `mutation ($programmeId: ID!, $input: ActionInput!) {
  createAction(programmeId: $programmeId, input: $input) { ${ACTION} }
}`;

export const UPDATE_ACTION = `mutation ($id: ID!, $version: Int!, $input: ActionInput!) {
  updateAction(id: $id, version: $version, input: $input) { ${ACTION} }
}`;

export const REMOVE_ACTION = `mutation ($id: ID!, $version: Int!) { removeAction(id: $id, version: $version) }`;

export const REPORT_PROGRESS = `mutation ($id: ID!, $version: Int!, $progress: Int!, $status: ActionStatus, $note: String,
  $idempotencyKey: String) {
  reportActionProgress(id: $id, version: $version, progress: $progress, status: $status, note: $note,
    idempotencyKey: $idempotencyKey) {
    ${ACTION} parent { id progress }
    history { fromProgress toProgress fromStatus toStatus note author { id name } }
  }
}`;

export const ACTION_QUERY = `query ($id: ID!) { action(id: $id) { ${ACTION} } }`;

export const CREATE_INDICATOR = `mutation ($programmeId: ID!, $input: IndicatorInput!) {
  createIndicator(programmeId: $programmeId, input: $input) { ${INDICATOR} }
}`;

export const UPDATE_INDICATOR = `mutation ($id: ID!, $version: Int!, $input: IndicatorInput!) {
  updateIndicator(id: $id, version: $version, input: $input) { ${INDICATOR} }
}`;

export const REMOVE_INDICATOR = `mutation ($id: ID!, $version: Int!) { removeIndicator(id: $id, version: $version) }`;

export const DASHBOARD = `query ($programmeId: ID!) { programmeDashboard(programmeId: $programmeId) {
  programmeId overallProgress overdueActions actionsByStatus { status count }
} }`;

let sequence = 0;
/** A code no other test of the run has used. */
export function nextCode(prefix: string): string {
  sequence += 1;
  return `${prefix}-${process.pid}-${sequence}`;
}

/** A valid new programme: two sides, UA and PL, over 2026–2027. */
export function programmeInput(overrides: Record<string, unknown> = {}) {
  return {
    code: nextCode('P'),
    title: 'Транскордонне співробітництво',
    summary: 'Конференції, круглі столи і семінари',
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    sides: [
      { name: 'Харківська область', country: 'UA' },
      { name: 'Województwo podkarpackie', country: 'PL' },
    ],
    ...overrides,
  };
}

/** A valid action within the factory programme's period (2026–2027). */
export function actionInput(overrides: Record<string, unknown> = {}) {
  return {
    code: nextCode('A'),
    title: 'Круглий стіл з питань прикордонної співпраці',
    startsOn: '2026-03-01',
    dueOn: '2026-06-30',
    ...overrides,
  };
}

export function indicatorInput(overrides: Record<string, unknown> = {}) {
  return { name: 'Учасників з обох сторін', unit: 'people', target: 120, ...overrides };
}
