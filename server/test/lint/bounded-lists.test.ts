import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/schema';

/**
 * No list of the API answers an unbounded number of rows. A field that returns a list of
 * objects takes `limit` (common/list-limit.ts), or returns the items of a page whose every
 * field takes `limit`, or is bounded by design, listed here with what bounds it. A new list
 * field fails this test until it is one of the three.
 */
const BOUNDED_BY_DESIGN: Record<string, string> = {
  // One per working language, of at most MAX_LANGUAGES.
  '*.translations': 'one per working language (MAX_LANGUAGES)',

  // The plan is being loaded by levels.
  'Programme.actions': 'the plan loads by levels: Programme.actionOutline',
  'Programme.actionOutline': 'at most `budget` actions (1–2000), or the whole top level',
  'Action.children': 'the plan loads by levels: Programme.actionOutline',
  'ProgrammeDashboard.topActions': "the plan's top level, which the outline always loads whole",

  // Capped where they are written.
  'Programme.sides': 'a programme has two to MAX_SIDES sides',
  'PublicProgramme.sides': 'a programme has two to MAX_SIDES sides',
  'Programme.partners': 'a programme has at most PARTNERS_MAX partners',
  'PublicProgramme.partners': 'a programme has at most PARTNERS_MAX partners',
  'Action.responsible': "some of the programme's partners (PARTNERS_MAX)",
  'Programme.indicators': 'a programme has at most INDICATORS_MAX indicators',
  'ProgrammeDashboard.indicators': 'a programme has at most INDICATORS_MAX indicators',
  'Query.reportingPeriods': 'a programme has at most REPORTING_PERIODS_MAX periods',
  'Mutation.generateReportingPeriods':
    "the programme's periods, at most REPORTING_PERIODS_MAX (the mutation refuses more)",
  'ReportingStatus.periods': 'a programme has at most REPORTING_PERIODS_MAX periods',
  'ReportingStatus.partners': 'a programme has at most PARTNERS_MAX partners',
  'ReportingStatus.cells': 'one per partner and period: PARTNERS_MAX × REPORTING_PERIODS_MAX',
  'ProgrammeCooperation.reporting': 'one per reporting period (REPORTING_PERIODS_MAX)',
  'PeriodPunctuality.partners': 'one per partner (PARTNERS_MAX)',
  'MonitoringRound.partners': 'one per partner (PARTNERS_MAX)',
  'MonitoringRound.sides': 'one per side (MAX_SIDES)',
  'ProgrammeBudget.byPartner': 'one per partner (PARTNERS_MAX)',
  'ProgrammeBudget.bySide': 'one per side (MAX_SIDES)',
  'Event.attendees': 'one per side (MAX_SIDES)',
  'Event.agenda': 'at most AGENDA_ITEMS_MAX items',
  'Event.participants': 'at most PARTICIPANTS_MAX organisations',
  'Event.attachments': 'at most AttachmentQuota.FILES_PER_RECORD files',
  'TwinningRelation.attachments': 'at most AttachmentQuota.FILES_PER_RECORD files',
  'TwinningRelation.contacts': 'at most TWINNING_CONTACTS_MAX contacts',
  'PublicTwinning.organisations': 'the two organisations of the relation',
  'AuditEntry.changes': 'one per audited field of the record',
  'ImportPreview.rows': 'one per row of the file, at most IMPORT_ROWS_MAX',
  'ImportRow.errors': 'one per column of the row',
  'Call.stages': 'at most CALL_STAGES_MAX stages',
  'PublicCall.stages': 'at most CALL_STAGES_MAX stages',
  'CallStage.criteria': 'at most CALL_CRITERIA_MAX criteria a stage',
  'Application.members': 'at most CALL_MEMBERS_LIMIT organisations, the lead included',
  'PublicGroup.members': 'at most CALL_MEMBERS_LIMIT organisations, the lead included',
  'Application.evaluations': 'one per evaluator (an admin or coordinator) at the current stage',
  'Evaluation.scores': 'one per criterion of the stage (CALL_CRITERIA_MAX)',

  // Aggregates: one row per status, type, category, severity, side or quarter.
  'ProgrammeDashboard.actionsByStatus': 'one per action status',
  'ProgrammeDashboard.eventsByType': 'one per event type',
  'ProgrammeDashboard.attendeesBySide': 'one per side (MAX_SIDES)',
  'ProgrammeDashboard.issuesByStatus': 'one per issue status',
  'ProgrammeDashboard.twinningByStatus': 'one per twinning status',
  'ProgrammeDashboard.balance': 'one per side (MAX_SIDES)',
  'ProgrammeDashboard.eventsPerQuarter':
    "one per quarter of the programme's span, event type and side",
  'ProgrammeDashboard.issuesPerQuarter': "one per quarter of the programme's span and status",
  'ProgrammeCooperation.issuesByCategory': 'one per issue category',
  'RoundResults.byCategory': 'one per issue category',
  'RoundResults.bySeverity': 'one per issue severity',
  'RoundResults.byCategoryAndSeverity': 'one per issue category and severity',

  // The printed report's contents, shown whole as it is printed.
  'ProgrammeCooperation.severeOpenIssues': 'the first SEVERE_LISTED; the rest are counted',
  'ProgrammeCooperation.activeTwinning':
    "the programme's ACTIVE relations, as the printed report lists them",
  // A progress report covers one partner and one period, frozen when it is submitted.
  'ReportContent.actions': "the partner's actions that changed in the period",
  'ReportContent.events': "the partner's events of the period",
  'ReportContent.indicators': 'one per indicator (INDICATORS_MAX)',
  'ReportContent.attendeesBySide': 'one per side (MAX_SIDES)',
  'ReportEvent.attendees': 'one per side (MAX_SIDES)',
  'ReportAction.notes': "the action's progress notes in the period",
};

interface ListField {
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** Every field of an object type that returns a list of objects, as Type.field. */
function objectLists(schema: GraphQLSchema): ListField[] {
  return objectTypes(schema).flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => {
        const type = getNullableType(field.type);
        return isListType(type) && isObjectType(getNamedType(type));
      })
      .map((field) => ({ name: `${type.name}.${field.name}`, field })),
  );
}

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );
}

const takesLimit = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((arg) => arg.name === 'limit');

/** The allow-list entry that covers `name`, by its own name or as `*.field`. */
function allowed(name: string): string | undefined {
  return BOUNDED_BY_DESIGN[name] ?? BOUNDED_BY_DESIGN[`*.${name.split('.')[1]}`];
}

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await createSchema();
}, 60_000);

describe('every list of objects is bounded', () => {
  /** A page's `items`: of a type that only fields taking `limit` return. */
  function isPageItems(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): boolean {
    if (field.name !== 'items') return false;
    const producers = objectTypes(schema).flatMap((owner) =>
      Object.values(owner.getFields()).filter((field) => getNamedType(field.type) === type),
    );
    return producers.length > 0 && producers.every(takesLimit);
  }

  it('takes limit, is the page of a field that does, or is bounded by design', () => {
    const unbounded = objectTypes(schema).flatMap((type) =>
      objectLists(schema)
        .filter(({ name }) => name.startsWith(`${type.name}.`))
        .filter(
          ({ name, field }) => !takesLimit(field) && !allowed(name) && !isPageItems(type, field),
        )
        .map(({ name }) => name),
    );
    expect(unbounded).toEqual([]);
  });

  it('gives every limit a default, so leaving it out is bounded too', () => {
    const withoutDefault = objectLists(schema)
      .filter(({ field }) => takesLimit(field))
      .filter(({ field }) => field.args.find((arg) => arg.name === 'limit')?.defaultValue == null)
      .map(({ name }) => name);
    expect(withoutDefault).toEqual([]);
  });

  it('allows by design only lists that exist and take no limit, each with its reason', () => {
    const lists = new Map(objectLists(schema).map(({ name, field }) => [name, field]));
    const fieldNames = new Set([...lists.keys()].map((name) => name.split('.')[1]));
    const stale = Object.entries(BOUNDED_BY_DESIGN)
      .filter(([name, reason]) => {
        if (!reason.trim()) return true;
        if (name.startsWith('*.')) return !fieldNames.has(name.slice(2));
        const field = lists.get(name);
        return !field || takesLimit(field);
      })
      .map(([name]) => name);
    expect(stale).toEqual([]);
  });
});
