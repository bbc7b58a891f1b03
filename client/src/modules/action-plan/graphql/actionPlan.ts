import { graphql } from '../../../generated';

/** One action as the plan table and the timeline show it. */
export const ActionFieldsFragment = graphql(`
  fragment ActionFields on Action {
    id
    code
    title
    description
    startsOn
    dueOn
    status
    progress
    overdue
    weight
    plannedBudget
    spentBudget
    version
    parent {
      id
    }
    childCount
    responsible {
      id
    }
    viewerCan {
      edit
      reportProgress
    }
    translations {
      language
      title
      text
    }
  }
`);

/** What the plan's pages show of the programme around its actions. */
export const PlanProgrammeFragment = graphql(`
  fragment PlanProgrammeFields on Programme {
    id
    code
    canEdit
    startsOn
    endsOn
    currency
    languages
    sides {
      id
      name
      country
      position
    }
    partners {
      id
      role
      side {
        id
      }
      organisation {
        id
        name
        nameEn
      }
    }
  }
`);

/**
 * The plan with what the reader may do to it: `canEdit` on the programme, and each action's
 * `viewerCan`, both decided by the server's policy. A large plan arrives as its outline (its
 * top levels); the sub-actions of the rest load with ActionChildren when opened.
 */
export const ActionPlanQuery = graphql(`
  query ActionPlan($programmeId: ID!) {
    programme(id: $programmeId) {
      ...PlanProgrammeFields
      actionOutline {
        ...ActionFields
      }
    }
  }
`);

/** The sub-actions of one action, loaded when a reader opens it. */
export const ActionChildrenQuery = graphql(`
  query ActionChildren($id: ID!) {
    action(id: $id) {
      id
      childCount
      children {
        ...ActionFields
      }
    }
  }
`);

/** Every action, by name only, for the form's choice of parent and its code suggestion. */
export const ActionChoicesQuery = graphql(`
  query ActionChoices($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      actions {
        id
        code
        title
        parent {
          id
        }
      }
    }
  }
`);

/** Every action as the timeline draws it. */
export const ActionTimelineQuery = graphql(`
  query ActionTimeline($programmeId: ID!) {
    programme(id: $programmeId) {
      ...PlanProgrammeFields
      actions {
        id
        code
        title
        startsOn
        dueOn
        status
        progress
        overdue
        responsible {
          id
        }
        translations {
          language
          title
          text
        }
      }
    }
  }
`);

/**
 * An action's events (the server's default, the first 100 by start: more than one action
 * carries) and the latest `historyLimit` of its progress notes, newest first.
 */
export const ActionHistoryQuery = graphql(`
  query ActionHistory($id: ID!, $historyLimit: Int!) {
    action(id: $id) {
      id
      code
      title
      lastHeldAt
      events {
        id
        title
        startsAt
        timeZone
        status
        type
      }
      history(limit: $historyLimit) {
        id
        at
        fromProgress
        toProgress
        fromStatus
        toStatus
        note
        author {
          id
          name
        }
      }
    }
  }
`);

export const CreateActionMutation = graphql(`
  mutation CreateAction($programmeId: ID!, $input: ActionInput!) {
    createAction(programmeId: $programmeId, input: $input) {
      ...ActionFields
    }
  }
`);

export const UpdateActionMutation = graphql(`
  mutation UpdateAction($id: ID!, $version: Int!, $input: ActionInput!) {
    updateAction(id: $id, version: $version, input: $input) {
      ...ActionFields
    }
  }
`);

export const RemoveActionMutation = graphql(`
  mutation RemoveAction($id: ID!, $version: Int!) {
    removeAction(id: $id, version: $version)
  }
`);

export const ReportActionProgressMutation = graphql(`
  mutation ReportActionProgress(
    $id: ID!
    $version: Int!
    $progress: Int!
    $status: ActionStatus
    $note: String
    $idempotencyKey: String
  ) {
    reportActionProgress(
      id: $id
      version: $version
      progress: $progress
      status: $status
      note: $note
      idempotencyKey: $idempotencyKey
    ) {
      ...ActionFields
    }
  }
`);

export const ExportActionsQuery = graphql(`
  query ExportActions($programmeId: ID!) {
    exportActions(programmeId: $programmeId)
  }
`);

export const PreviewActionImportMutation = graphql(`
  mutation PreviewActionImport($programmeId: ID!, $csv: String!) {
    previewActionImport(programmeId: $programmeId, csv: $csv) {
      ...ImportPreviewFields
    }
  }
`);

export const ImportActionsMutation = graphql(`
  mutation ImportActions($programmeId: ID!, $csv: String!) {
    importActions(programmeId: $programmeId, csv: $csv) {
      valid
      creates
      updates
      unchanged
    }
  }
`);
