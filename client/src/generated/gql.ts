/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment ActionFields on Action {\n    id\n    code\n    title\n    description\n    startsOn\n    dueOn\n    status\n    progress\n    overdue\n    weight\n    plannedBudget\n    spentBudget\n    version\n    parent {\n      id\n    }\n    children {\n      id\n    }\n    responsible {\n      id\n    }\n    viewerCan {\n      edit\n      reportProgress\n    }\n    translations {\n      language\n      title\n      text\n    }\n  }\n': typeof types.ActionFieldsFragmentDoc;
  '\n  query ActionPlan($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      code\n      canEdit\n      startsOn\n      endsOn\n      currency\n      languages\n      sides {\n        id\n        name\n        country\n        position\n      }\n      partners {\n        id\n        role\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      actions {\n        ...ActionFields\n      }\n    }\n  }\n': typeof types.ActionPlanDocument;
  '\n  query ActionHistory($id: ID!) {\n    action(id: $id) {\n      id\n      code\n      title\n      lastHeldAt\n      events {\n        id\n        title\n        startsAt\n        timeZone\n        status\n        type\n      }\n      history {\n        id\n        at\n        fromProgress\n        toProgress\n        fromStatus\n        toStatus\n        note\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ActionHistoryDocument;
  '\n  mutation CreateAction($programmeId: ID!, $input: ActionInput!) {\n    createAction(programmeId: $programmeId, input: $input) {\n      ...ActionFields\n    }\n  }\n': typeof types.CreateActionDocument;
  '\n  mutation UpdateAction($id: ID!, $version: Int!, $input: ActionInput!) {\n    updateAction(id: $id, version: $version, input: $input) {\n      ...ActionFields\n    }\n  }\n': typeof types.UpdateActionDocument;
  '\n  mutation RemoveAction($id: ID!, $version: Int!) {\n    removeAction(id: $id, version: $version)\n  }\n': typeof types.RemoveActionDocument;
  '\n  mutation ReportActionProgress(\n    $id: ID!\n    $version: Int!\n    $progress: Int!\n    $status: ActionStatus\n    $note: String\n  ) {\n    reportActionProgress(\n      id: $id\n      version: $version\n      progress: $progress\n      status: $status\n      note: $note\n    ) {\n      ...ActionFields\n    }\n  }\n': typeof types.ReportActionProgressDocument;
  '\n  query ExportActions($programmeId: ID!) {\n    exportActions(programmeId: $programmeId)\n  }\n': typeof types.ExportActionsDocument;
  '\n  mutation PreviewActionImport($programmeId: ID!, $csv: String!) {\n    previewActionImport(programmeId: $programmeId, csv: $csv) {\n      ...ImportPreviewFields\n    }\n  }\n': typeof types.PreviewActionImportDocument;
  '\n  mutation ImportActions($programmeId: ID!, $csv: String!) {\n    importActions(programmeId: $programmeId, csv: $csv) {\n      valid\n      creates\n      updates\n      unchanged\n    }\n  }\n': typeof types.ImportActionsDocument;
  '\n  query AuditLog($entityType: String, $action: AuditAction, $limit: Int!, $offset: Int!) {\n    auditLog(entityType: $entityType, action: $action, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        summary\n        actor {\n          id\n          name\n          email\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    role\n    organisation {\n      id\n      name\n      nameEn\n      country\n    }\n  }\n': typeof types.CurrentUserFieldsFragmentDoc;
  '\n  query CurrentUser {\n    me {\n      ...CurrentUserFields\n    }\n  }\n': typeof types.CurrentUserDocument;
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  query Budget($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      budget {\n        currency\n        total {\n          planned\n          spent\n        }\n        byPartner {\n          id\n          planned\n          spent\n        }\n        bySide {\n          id\n          planned\n          spent\n        }\n      }\n    }\n  }\n': typeof types.BudgetDocument;
  '\n  query PlanSummary($programmeId: ID!) {\n    programmeDashboard(programmeId: $programmeId) {\n      programmeId\n      overallProgress\n      overdueActions\n      actionsByStatus {\n        status\n        count\n      }\n    }\n  }\n': typeof types.PlanSummaryDocument;
  '\n  query ProgrammeDashboard($programmeId: ID!) {\n    programmeDashboard(programmeId: $programmeId) {\n      programmeId\n      overallProgress\n      overdueActions\n      actionsByStatus {\n        status\n        count\n      }\n      eventsByType {\n        type\n        count\n      }\n      attendeesBySide {\n        sideId\n        count\n      }\n      twinningByStatus {\n        status\n        count\n      }\n      topActions {\n        actionId\n        code\n        title\n        status\n        progress\n        overdue\n      }\n      eventsPerQuarter {\n        quarter\n        type\n        sideId\n        count\n      }\n      issuesPerQuarter {\n        quarter\n        status\n        count\n      }\n      indicators {\n        id\n        name\n        unit\n        target\n        achieved\n      }\n      budget {\n        currency\n        total {\n          planned\n          spent\n        }\n        byPartner {\n          id\n          planned\n          spent\n        }\n      }\n      balance {\n        sideId\n        name\n        country\n        partners\n        eventsOrganised\n        attendeesSent\n        budgetPlanned\n        budgetSpent\n        issuesRaised\n        reportsDue\n        reportsOnTime\n      }\n    }\n  }\n': typeof types.ProgrammeDashboardDocument;
  '\n  query Portfolio {\n    portfolio {\n      programme {\n        id\n        code\n        title\n        status\n        languages\n        translations {\n          language\n          title\n          text\n        }\n      }\n      overallProgress\n      actions\n      overdueActions\n      eventsHeld\n      eventsUpcoming\n      lastEventAt\n      lateReports\n    }\n  }\n': typeof types.PortfolioDocument;
  '\n  fragment EventSummary on Event {\n    id\n    type\n    title\n    startsAt\n    endsAt\n    timeZone\n    status\n    totalAttendees\n    organiser {\n      id\n    }\n    attendees {\n      sideId\n      count\n    }\n    translations {\n      language\n      title\n      text\n    }\n  }\n': typeof types.EventSummaryFragmentDoc;
  '\n  fragment EventDetails on Event {\n    ...EventSummary\n    programmeId\n    description\n    format\n    venue\n    onlineLink\n    outcomes\n    version\n    updatedAt\n    viewerCan {\n      edit\n      attach\n    }\n    action {\n      id\n      code\n      title\n    }\n    agenda {\n      title\n      decision\n    }\n    participants {\n      id\n      name\n      nameEn\n    }\n  }\n': typeof types.EventDetailsFragmentDoc;
  '\n  query EventsProgramme($programmeId: ID!) {\n    me {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n    programme(id: $programmeId) {\n      id\n      code\n      canEdit\n      viewerCan {\n        edit\n        logEvent\n      }\n      languages\n      startsOn\n      endsOn\n      sides {\n        id\n        name\n        country\n        position\n      }\n      partners {\n        id\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      actions {\n        id\n        code\n        title\n      }\n    }\n  }\n': typeof types.EventsProgrammeDocument;
  '\n  query Events(\n    $programmeId: ID!\n    $from: DateTime\n    $to: DateTime\n    $type: EventType\n    $limit: Int!\n    $offset: Int!\n  ) {\n    events(\n      programmeId: $programmeId\n      from: $from\n      to: $to\n      type: $type\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...EventSummary\n      }\n    }\n  }\n': typeof types.EventsDocument;
  '\n  query EventAt($programmeId: ID!, $offset: Int!) {\n    events(programmeId: $programmeId, limit: 1, offset: $offset) {\n      total\n      items {\n        id\n        startsAt\n        timeZone\n      }\n    }\n  }\n': typeof types.EventAtDocument;
  '\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n    }\n  }\n': typeof types.EventDocument;
  '\n  mutation LogEvent($programmeId: ID!, $input: EventInput!) {\n    logEvent(programmeId: $programmeId, input: $input) {\n      ...EventDetails\n    }\n  }\n': typeof types.LogEventDocument;
  '\n  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {\n    updateEvent(id: $id, version: $version, input: $input) {\n      ...EventDetails\n    }\n  }\n': typeof types.UpdateEventDocument;
  '\n  query CalendarFeed($programmeId: ID!) {\n    calendarFeed(programmeId: $programmeId) {\n      createdAt\n      lastUsedAt\n    }\n  }\n': typeof types.CalendarFeedDocument;
  '\n  mutation CalendarFeedUrl($programmeId: ID!) {\n    calendarFeedUrl(programmeId: $programmeId)\n  }\n': typeof types.CalendarFeedUrlDocument;
  '\n  mutation RevokeCalendarFeed($programmeId: ID!) {\n    revokeCalendarFeed(programmeId: $programmeId)\n  }\n': typeof types.RevokeCalendarFeedDocument;
  '\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    createdAt\n    downloadPath\n  }\n': typeof types.AttachmentFieldsFragmentDoc;
  '\n  query EventAttachments($id: ID!) {\n    event(id: $id) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n': typeof types.EventAttachmentsDocument;
  '\n  mutation RemoveAttachment($id: ID!) {\n    removeAttachment(id: $id)\n  }\n': typeof types.RemoveAttachmentDocument;
  '\n  fragment IndicatorFields on Indicator {\n    id\n    name\n    unit\n    target\n    achieved\n    source\n    eventTypes\n    sideId\n    twinningStatus\n    twinningKinds\n    countedEvents {\n      id\n      title\n      startsAt\n    }\n    version\n  }\n': typeof types.IndicatorFieldsFragmentDoc;
  '\n  query Indicators($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      canEdit\n      languages\n      indicators {\n        ...IndicatorFields\n      }\n      actions {\n        id\n        code\n        title\n      }\n      sides {\n        id\n        name\n      }\n    }\n  }\n': typeof types.IndicatorsDocument;
  '\n  mutation CreateIndicator($programmeId: ID!, $input: IndicatorInput!) {\n    createIndicator(programmeId: $programmeId, input: $input) {\n      ...IndicatorFields\n    }\n  }\n': typeof types.CreateIndicatorDocument;
  '\n  mutation UpdateIndicator($id: ID!, $version: Int!, $input: IndicatorInput!) {\n    updateIndicator(id: $id, version: $version, input: $input) {\n      ...IndicatorFields\n    }\n  }\n': typeof types.UpdateIndicatorDocument;
  '\n  mutation RemoveIndicator($id: ID!, $version: Int!) {\n    removeIndicator(id: $id, version: $version)\n  }\n': typeof types.RemoveIndicatorDocument;
  '\n  query MissingTranslations($programmeId: ID!) {\n    missingTranslations(programmeId: $programmeId) {\n      recordType\n      recordId\n      label\n      field\n      missingLanguages\n      link\n    }\n  }\n': typeof types.MissingTranslationsDocument;
  '\n  query MonitoringProgramme($programmeId: ID!) {\n    me {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n    programme(id: $programmeId) {\n      id\n      code\n      canEdit\n      viewerCan {\n        edit\n        raiseIssue\n      }\n      sides {\n        id\n        name\n        country\n        position\n      }\n      partners {\n        id\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n': typeof types.MonitoringProgrammeDocument;
  '\n  fragment IssueSummary on MonitoringIssue {\n    id\n    kind\n    category\n    severity\n    title\n    status\n    createdAt\n    raisedBy {\n      id\n      name\n      nameEn\n    }\n    assignee {\n      id\n      name\n    }\n    round {\n      id\n      title\n    }\n  }\n': typeof types.IssueSummaryFragmentDoc;
  '\n  fragment IssueDetails on MonitoringIssue {\n    ...IssueSummary\n    programmeId\n    description\n    resolution\n    version\n    updatedAt\n    viewerCan {\n      comment\n      statuses\n    }\n    reportedBy {\n      id\n      name\n    }\n    event {\n      id\n      title\n    }\n    comments {\n      id\n      at\n      text\n      movedTo\n      author {\n        id\n        name\n      }\n    }\n    history {\n      id\n      at\n      fromStatus\n      toStatus\n      changedBy {\n        id\n        name\n      }\n    }\n  }\n': typeof types.IssueDetailsFragmentDoc;
  '\n  query MonitoringIssues(\n    $programmeId: ID!\n    $status: IssueStatus\n    $kind: IssueKind\n    $category: IssueCategory\n    $severity: IssueSeverity\n    $roundId: ID\n    $raisedById: ID\n    $limit: Int!\n    $offset: Int!\n  ) {\n    monitoringIssues(\n      programmeId: $programmeId\n      status: $status\n      kind: $kind\n      category: $category\n      severity: $severity\n      roundId: $roundId\n      raisedById: $raisedById\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...IssueSummary\n      }\n    }\n  }\n': typeof types.MonitoringIssuesDocument;
  '\n  query MonitoringIssue($id: ID!) {\n    monitoringIssue(id: $id) {\n      ...IssueDetails\n    }\n  }\n': typeof types.MonitoringIssueDocument;
  '\n  query MonitoringEvents($programmeId: ID!) {\n    events(programmeId: $programmeId, limit: 200) {\n      items {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n': typeof types.MonitoringEventsDocument;
  '\n  query IssueAssignees($programmeId: ID!) {\n    issueAssignees(programmeId: $programmeId) {\n      id\n      name\n      role\n    }\n  }\n': typeof types.IssueAssigneesDocument;
  '\n  mutation RaiseIssue($programmeId: ID!, $input: IssueInput!) {\n    raiseIssue(programmeId: $programmeId, input: $input) {\n      ...IssueDetails\n    }\n  }\n': typeof types.RaiseIssueDocument;
  '\n  mutation UpdateIssue($id: ID!, $version: Int!, $input: IssueInput!) {\n    updateIssue(id: $id, version: $version, input: $input) {\n      ...IssueDetails\n    }\n  }\n': typeof types.UpdateIssueDocument;
  '\n  mutation ChangeIssueStatus(\n    $id: ID!\n    $version: Int!\n    $status: IssueStatus!\n    $comment: String\n    $resolution: String\n  ) {\n    changeIssueStatus(\n      id: $id\n      version: $version\n      status: $status\n      comment: $comment\n      resolution: $resolution\n    ) {\n      ...IssueDetails\n    }\n  }\n': typeof types.ChangeIssueStatusDocument;
  '\n  mutation AssignIssue($id: ID!, $version: Int!, $assigneeId: ID) {\n    assignIssue(id: $id, version: $version, assigneeId: $assigneeId) {\n      ...IssueDetails\n    }\n  }\n': typeof types.AssignIssueDocument;
  '\n  mutation CommentOnIssue($issueId: ID!, $text: String!) {\n    commentOnIssue(issueId: $issueId, text: $text) {\n      id\n    }\n  }\n': typeof types.CommentOnIssueDocument;
  '\n  fragment RoundSummary on MonitoringRound {\n    id\n    title\n    periodStart\n    periodEnd\n    status\n    version\n    sides {\n      sideId\n      partners\n      submitted\n      problems\n      expectations\n      total\n    }\n  }\n': typeof types.RoundSummaryFragmentDoc;
  '\n  query MonitoringRounds($programmeId: ID!) {\n    monitoringRounds(programmeId: $programmeId) {\n      ...RoundSummary\n    }\n  }\n': typeof types.MonitoringRoundsDocument;
  '\n  query MonitoringRound($id: ID!) {\n    monitoringRound(id: $id) {\n      ...RoundSummary\n      programmeId\n      prompts\n      closedAt\n      createdAt\n      openedBy {\n        id\n        name\n      }\n      partners {\n        partnerId\n        sideId\n        submitted\n        submittedAt\n        problems\n        expectations\n        total\n      }\n      results {\n        byCategory {\n          category\n          problems\n          expectations\n          total\n        }\n        bySeverity {\n          severity\n          problems\n          expectations\n          total\n        }\n        byCategoryAndSeverity {\n          category\n          severity\n          total\n        }\n      }\n    }\n  }\n': typeof types.MonitoringRoundDocument;
  '\n  mutation OpenMonitoringRound($programmeId: ID!, $input: RoundInput!) {\n    openMonitoringRound(programmeId: $programmeId, input: $input) {\n      ...RoundSummary\n    }\n  }\n': typeof types.OpenMonitoringRoundDocument;
  '\n  mutation CloseMonitoringRound($id: ID!, $version: Int!) {\n    closeMonitoringRound(id: $id, version: $version) {\n      ...RoundSummary\n      closedAt\n    }\n  }\n': typeof types.CloseMonitoringRoundDocument;
  '\n  mutation SubmitRoundAnswers($roundId: ID!, $partnerId: ID) {\n    submitRoundAnswers(roundId: $roundId, partnerId: $partnerId) {\n      id\n    }\n  }\n': typeof types.SubmitRoundAnswersDocument;
  '\n  query Organisations(\n    $search: String\n    $country: String\n    $kind: OrganisationKind\n    $limit: Int!\n    $offset: Int!\n  ) {\n    organisations(search: $search, country: $country, kind: $kind, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        name\n        nameEn\n        kind\n        country\n        region\n        population\n        parent {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n': typeof types.OrganisationsDocument;
  '\n  fragment OrganisationOptionFields on Organisation {\n    id\n    name\n    nameEn\n    country\n  }\n': typeof types.OrganisationOptionFieldsFragmentDoc;
  '\n  query OrganisationOptions($search: String, $limit: Int!) {\n    organisations(search: $search, limit: $limit) {\n      total\n      items {\n        ...OrganisationOptionFields\n      }\n    }\n  }\n': typeof types.OrganisationOptionsDocument;
  '\n  fragment OrganisationDetailFields on Organisation {\n    id\n    name\n    nameEn\n    kind\n    country\n    region\n    population\n    councilsInRegion\n    version\n    parent {\n      id\n      name\n      nameEn\n      country\n    }\n    coverage {\n      basis\n      members\n      councils\n      percent\n      asOf\n      listedMembers\n    }\n    declaredMembers {\n      ...DeclaredMembersFields\n    }\n  }\n': typeof types.OrganisationDetailFieldsFragmentDoc;
  '\n  fragment DeclaredMembersFields on DeclaredMembers {\n    id\n    asOf\n    count\n    eligibleCount\n    statedPercent\n    percent\n    source\n  }\n': typeof types.DeclaredMembersFieldsFragmentDoc;
  '\n  mutation DeclareMembers($associationId: ID!, $input: DeclaredMembersInput!) {\n    declareMembers(associationId: $associationId, input: $input) {\n      ...DeclaredMembersFields\n    }\n  }\n': typeof types.DeclareMembersDocument;
  '\n  mutation RemoveDeclaredMembers($id: ID!) {\n    removeDeclaredMembers(id: $id)\n  }\n': typeof types.RemoveDeclaredMembersDocument;
  '\n  fragment MembershipFields on Membership {\n    id\n    joinedOn\n    leftOn\n    version\n  }\n': typeof types.MembershipFieldsFragmentDoc;
  '\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetailFields\n      members {\n        ...MembershipFields\n        member {\n          id\n          name\n          nameEn\n          kind\n          country\n        }\n      }\n      memberOf {\n        ...MembershipFields\n        association {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n': typeof types.OrganisationDocument;
  '\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationDetailFields\n    }\n  }\n': typeof types.CreateOrganisationDocument;
  '\n  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      ...OrganisationDetailFields\n    }\n  }\n': typeof types.UpdateOrganisationDocument;
  '\n  mutation AddMember($associationId: ID!, $memberId: ID!, $joinedOn: LocalDate!) {\n    addMember(associationId: $associationId, memberId: $memberId, joinedOn: $joinedOn) {\n      ...MembershipFields\n    }\n  }\n': typeof types.AddMemberDocument;
  '\n  mutation EndMembership($id: ID!, $version: Int!, $leftOn: LocalDate) {\n    endMembership(id: $id, version: $version, leftOn: $leftOn) {\n      ...MembershipFields\n    }\n  }\n': typeof types.EndMembershipDocument;
  '\n  query ExportOrganisations($search: String, $country: String, $kind: OrganisationKind) {\n    exportOrganisations(search: $search, country: $country, kind: $kind)\n  }\n': typeof types.ExportOrganisationsDocument;
  '\n  mutation PreviewOrganisationImport($csv: String!) {\n    previewOrganisationImport(csv: $csv) {\n      ...ImportPreviewFields\n    }\n  }\n': typeof types.PreviewOrganisationImportDocument;
  '\n  mutation ImportOrganisations($csv: String!) {\n    importOrganisations(csv: $csv) {\n      ...ImportPreviewFields\n    }\n  }\n': typeof types.ImportOrganisationsDocument;
  '\n  query ProgrammeReport($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      title\n      summary\n      status\n      startsOn\n      endsOn\n      currency\n      languages\n      translations {\n        language\n        title\n        text\n      }\n      sides {\n        id\n        name\n        country\n      }\n      partners {\n        id\n        role\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      actions {\n        id\n        code\n        title\n        status\n        progress\n        dueOn\n        overdue\n        parent {\n          id\n        }\n      }\n      indicators {\n        id\n        name\n        unit\n        target\n        achieved\n      }\n      budget {\n        currency\n        total {\n          planned\n          spent\n        }\n        bySide {\n          id\n          planned\n          spent\n        }\n      }\n    }\n    programmeDashboard(programmeId: $id) {\n      programmeId\n      overallProgress\n      overdueActions\n      twinningByStatus {\n        status\n        count\n      }\n      issuesByStatus {\n        status\n        count\n      }\n      cooperation {\n        activeTwinning {\n          ...PublicTwinningFields\n        }\n        issuesByCategory {\n          category\n          count\n        }\n        severeOpenIssues {\n          id\n          title\n          category\n          severity\n          status\n          raisedBy\n          raisedAt\n        }\n        reporting {\n          periodId\n          startsOn\n          endsOn\n          dueOn\n          partners {\n            partnerId\n            organisation\n            submittedOnTime\n            late\n          }\n        }\n      }\n    }\n    events(programmeId: $id, limit: 200) {\n      total\n      items {\n        id\n        type\n        title\n        status\n        startsAt\n        endsAt\n        timeZone\n        venue\n        totalAttendees\n        organiser {\n          id\n          organisation {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProgrammeReportDocument;
  '\n  query Programmes($status: ProgrammeStatus) {\n    programmes(status: $status) {\n      id\n      code\n      title\n      status\n      startsOn\n      endsOn\n      published\n      languages\n      translations {\n        language\n        title\n        text\n      }\n      sides {\n        id\n        name\n        country\n      }\n    }\n  }\n': typeof types.ProgrammesDocument;
  '\n  fragment ProgrammeDetailFields on Programme {\n    id\n    code\n    title\n    summary\n    status\n    startsOn\n    endsOn\n    published\n    version\n    canEdit\n    currency\n    languages\n    translations {\n      language\n      title\n      text\n    }\n    sides {\n      id\n      name\n      country\n      position\n    }\n    partners {\n      id\n      role\n      version\n      side {\n        id\n        name\n        country\n      }\n      organisation {\n        id\n        name\n        nameEn\n        kind\n        country\n      }\n    }\n    coordinators {\n      id\n      name\n      email\n    }\n    signatories {\n      id\n      person\n      position\n      signedOn\n      organisation {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n': typeof types.ProgrammeDetailFieldsFragmentDoc;
  '\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeDetailFields\n    }\n  }\n': typeof types.ProgrammeDocument;
  '\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      code\n      title\n    }\n  }\n': typeof types.CreateProgrammeDocument;
  '\n  mutation UpdateProgramme($id: ID!, $version: Int!, $input: UpdateProgrammeInput!) {\n    updateProgramme(id: $id, version: $version, input: $input) {\n      ...ProgrammeDetailFields\n    }\n  }\n': typeof types.UpdateProgrammeDocument;
  '\n  mutation PublishProgramme($id: ID!, $version: Int!, $published: Boolean!) {\n    publishProgramme(id: $id, version: $version, published: $published) {\n      id\n      published\n      version\n    }\n  }\n': typeof types.PublishProgrammeDocument;
  '\n  mutation AddPartner($programmeId: ID!, $organisationId: ID!, $sideId: ID!, $role: PartnerRole!) {\n    addPartner(\n      programmeId: $programmeId\n      organisationId: $organisationId\n      sideId: $sideId\n      role: $role\n    ) {\n      id\n    }\n  }\n': typeof types.AddPartnerDocument;
  '\n  mutation UpdatePartner($id: ID!, $version: Int!, $input: PartnerChangeInput!) {\n    updatePartner(id: $id, version: $version, input: $input) {\n      id\n      role\n      version\n      side {\n        id\n        name\n        country\n      }\n    }\n  }\n': typeof types.UpdatePartnerDocument;
  '\n  mutation RemovePartner($id: ID!, $version: Int!) {\n    removePartner(id: $id, version: $version)\n  }\n': typeof types.RemovePartnerDocument;
  '\n  mutation AddProgrammeSide($programmeId: ID!, $input: SideInput!) {\n    addProgrammeSide(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n': typeof types.AddProgrammeSideDocument;
  '\n  mutation UpdateProgrammeSide($id: ID!, $input: SideInput!) {\n    updateProgrammeSide(id: $id, input: $input) {\n      id\n      name\n      country\n    }\n  }\n': typeof types.UpdateProgrammeSideDocument;
  '\n  mutation RemoveProgrammeSide($id: ID!) {\n    removeProgrammeSide(id: $id)\n  }\n': typeof types.RemoveProgrammeSideDocument;
  '\n  mutation AddSignatory($programmeId: ID!, $input: SignatoryInput!) {\n    addSignatory(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n': typeof types.AddSignatoryDocument;
  '\n  mutation RemoveSignatory($id: ID!) {\n    removeSignatory(id: $id)\n  }\n': typeof types.RemoveSignatoryDocument;
  '\n  mutation AddCoordinator($programmeId: ID!, $userId: ID!) {\n    addCoordinator(programmeId: $programmeId, userId: $userId)\n  }\n': typeof types.AddCoordinatorDocument;
  '\n  mutation RemoveCoordinator($programmeId: ID!, $userId: ID!) {\n    removeCoordinator(programmeId: $programmeId, userId: $userId)\n  }\n': typeof types.RemoveCoordinatorDocument;
  '\n  query CoordinatorCandidates($limit: Int!) {\n    users(role: COORDINATOR, limit: $limit) {\n      items {\n        id\n        name\n        email\n        active\n      }\n    }\n  }\n': typeof types.CoordinatorCandidatesDocument;
  '\n  fragment ReportingPeriodFields on ReportingPeriod {\n    id\n    version\n    startsOn\n    endsOn\n    dueOn\n  }\n': typeof types.ReportingPeriodFieldsFragmentDoc;
  '\n  query ReportingStatus($programmeId: ID!) {\n    me {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n    programme(id: $programmeId) {\n      id\n      code\n      startsOn\n      endsOn\n      canEdit\n    }\n    reportingStatus(programmeId: $programmeId) {\n      programmeId\n      asOf\n      lateCount\n      periods {\n        ...ReportingPeriodFields\n      }\n      partners {\n        id\n        side {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      cells {\n        periodId\n        partnerId\n        reportId\n        status\n        submittedAt\n        late\n        submittedOnTime\n      }\n    }\n  }\n': typeof types.ReportingStatusDocument;
  '\n  query ProgressReports($programmeId: ID!) {\n    progressReports(programmeId: $programmeId) {\n      id\n      status\n      periodStart\n      periodEnd\n      submittedAt\n      late\n      partner {\n        id\n      }\n    }\n  }\n': typeof types.ProgressReportsDocument;
  '\n  fragment ProgressReportFields on ProgressReport {\n    id\n    version\n    programmeId\n    status\n    periodStart\n    periodEnd\n    narrative\n    submittedAt\n    firstSubmittedAt\n    late\n    canEdit\n    canReview\n    updatedAt\n    period {\n      id\n      dueOn\n    }\n    submittedBy {\n      id\n      name\n    }\n    partner {\n      id\n      side {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        nameEn\n      }\n    }\n    reviews {\n      id\n      decision\n      comment\n      at\n      author {\n        id\n        name\n      }\n    }\n    content {\n      frozenAt\n      actions {\n        actionId\n        code\n        title\n        fromProgress\n        toProgress\n        fromStatus\n        toStatus\n        notes {\n          at\n          progress\n          status\n          note\n        }\n      }\n      events {\n        eventId\n        type\n        title\n        startsAt\n        endsAt\n        timeZone\n        venue\n        outcomes\n        totalAttendees\n        attendees {\n          sideId\n          sideName\n          count\n        }\n      }\n      attendeesBySide {\n        sideId\n        sideName\n        count\n      }\n      indicators {\n        indicatorId\n        name\n        unit\n        target\n        achieved\n        source\n        inPeriod\n      }\n    }\n  }\n': typeof types.ProgressReportFieldsFragmentDoc;
  '\n  query ProgressReport($id: ID!, $programmeId: ID!) {\n    progressReport(id: $id) {\n      ...ProgressReportFields\n    }\n    programme(id: $programmeId) {\n      id\n      code\n    }\n  }\n': typeof types.ProgressReportDocument;
  '\n  mutation CreateProgressReport($programmeId: ID!, $partnerId: ID!, $input: ReportInput!) {\n    createProgressReport(programmeId: $programmeId, partnerId: $partnerId, input: $input) {\n      id\n    }\n  }\n': typeof types.CreateProgressReportDocument;
  '\n  mutation UpdateProgressReport($id: ID!, $version: Int!, $input: ReportInput!) {\n    updateProgressReport(id: $id, version: $version, input: $input) {\n      ...ProgressReportFields\n    }\n  }\n': typeof types.UpdateProgressReportDocument;
  '\n  mutation SubmitProgressReport($id: ID!, $version: Int!) {\n    submitProgressReport(id: $id, version: $version) {\n      ...ProgressReportFields\n    }\n  }\n': typeof types.SubmitProgressReportDocument;
  '\n  mutation ReviewProgressReport(\n    $id: ID!\n    $version: Int!\n    $decision: ReviewDecision!\n    $comment: String\n  ) {\n    reviewProgressReport(id: $id, version: $version, decision: $decision, comment: $comment) {\n      ...ProgressReportFields\n    }\n  }\n': typeof types.ReviewProgressReportDocument;
  '\n  mutation CreateReportingPeriod($programmeId: ID!, $input: ReportingPeriodInput!) {\n    createReportingPeriod(programmeId: $programmeId, input: $input) {\n      ...ReportingPeriodFields\n    }\n  }\n': typeof types.CreateReportingPeriodDocument;
  '\n  mutation UpdateReportingPeriod($id: ID!, $version: Int!, $input: ReportingPeriodInput!) {\n    updateReportingPeriod(id: $id, version: $version, input: $input) {\n      ...ReportingPeriodFields\n    }\n  }\n': typeof types.UpdateReportingPeriodDocument;
  '\n  mutation RemoveReportingPeriod($id: ID!, $version: Int!) {\n    removeReportingPeriod(id: $id, version: $version)\n  }\n': typeof types.RemoveReportingPeriodDocument;
  '\n  mutation GenerateReportingPeriods($programmeId: ID!, $months: Int, $dueDays: Int) {\n    generateReportingPeriods(programmeId: $programmeId, months: $months, dueDays: $dueDays) {\n      ...ReportingPeriodFields\n    }\n  }\n': typeof types.GenerateReportingPeriodsDocument;
  '\n  fragment PublicTwinningFields on PublicTwinning {\n    organisations {\n      name\n      nameEn\n      country\n    }\n    kind\n    since\n    areas\n  }\n': typeof types.PublicTwinningFieldsFragmentDoc;
  '\n  query PublicProgramme($code: String!, $language: String) {\n    publicProgramme(code: $code, language: $language) {\n      code\n      title\n      summary\n      language\n      status\n      startsOn\n      endsOn\n      overallProgress\n      sides {\n        id\n        name\n        country\n      }\n      partners {\n        name\n        nameEn\n        country\n        sideId\n        role\n      }\n      actions {\n        code\n        title\n        status\n        progress\n      }\n      events {\n        type\n        title\n        startsAt\n        endsAt\n        timeZone\n        venue\n        organiser\n        outcomes\n      }\n      twinning {\n        ...PublicTwinningFields\n      }\n    }\n  }\n': typeof types.PublicProgrammeDocument;
  '\n  fragment TwinningParty on Organisation {\n    id\n    name\n    nameEn\n    country\n  }\n': typeof types.TwinningPartyFragmentDoc;
  '\n  fragment TwinningSummary on TwinningRelation {\n    id\n    kind\n    status\n    since\n    areas\n    organisationA {\n      ...TwinningParty\n    }\n    organisationB {\n      ...TwinningParty\n    }\n    programme {\n      id\n      code\n    }\n  }\n': typeof types.TwinningSummaryFragmentDoc;
  '\n  fragment TwinningDetails on TwinningRelation {\n    ...TwinningSummary\n    version\n    description\n    programmeId\n    canChange\n    viewerCan {\n      edit\n      statuses\n    }\n    contacts {\n      organisationId\n      name\n      position\n      email\n      phone\n    }\n    history {\n      id\n      fromStatus\n      toStatus\n      effectiveOn\n      at\n      note\n      author {\n        id\n        name\n      }\n    }\n    events {\n      id\n      programmeId\n      title\n      type\n      startsAt\n      timeZone\n      status\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n': typeof types.TwinningDetailsFragmentDoc;
  '\n  query TwinningRelations(\n    $programmeId: ID\n    $status: TwinningStatus\n    $country: String\n    $area: String\n  ) {\n    twinningRelations(programmeId: $programmeId, status: $status, country: $country, area: $area) {\n      ...TwinningSummary\n    }\n  }\n': typeof types.TwinningRelationsDocument;
  '\n  query TwinningAreas {\n    twinningAreas\n  }\n': typeof types.TwinningAreasDocument;
  '\n  query TwinningRelation($id: ID!) {\n    twinningRelation(id: $id) {\n      ...TwinningDetails\n    }\n  }\n': typeof types.TwinningRelationDocument;
  '\n  query TwinningProgrammes {\n    programmes {\n      id\n      code\n      title\n      status\n      canEdit\n    }\n  }\n': typeof types.TwinningProgrammesDocument;
  '\n  query TwinningEventOptions($programmeId: ID!) {\n    events(programmeId: $programmeId, limit: 200) {\n      items {\n        id\n        title\n        startsAt\n        timeZone\n      }\n    }\n  }\n': typeof types.TwinningEventOptionsDocument;
  '\n  mutation CreateTwinning($input: TwinningInput!) {\n    createTwinningRelation(input: $input) {\n      ...TwinningDetails\n    }\n  }\n': typeof types.CreateTwinningDocument;
  '\n  mutation UpdateTwinning($id: ID!, $version: Int!, $input: TwinningDetailsInput!) {\n    updateTwinningRelation(id: $id, version: $version, input: $input) {\n      ...TwinningDetails\n    }\n  }\n': typeof types.UpdateTwinningDocument;
  '\n  mutation ChangeTwinningStatus(\n    $id: ID!\n    $version: Int!\n    $status: TwinningStatus!\n    $note: String\n    $on: LocalDate\n  ) {\n    changeTwinningStatus(id: $id, version: $version, status: $status, note: $note, on: $on) {\n      ...TwinningDetails\n    }\n  }\n': typeof types.ChangeTwinningStatusDocument;
  '\n  mutation LinkTwinningEvent($id: ID!, $eventId: ID!) {\n    linkTwinningEvent(id: $id, eventId: $eventId) {\n      ...TwinningDetails\n    }\n  }\n': typeof types.LinkTwinningEventDocument;
  '\n  mutation UnlinkTwinningEvent($id: ID!, $eventId: ID!) {\n    unlinkTwinningEvent(id: $id, eventId: $eventId) {\n      ...TwinningDetails\n    }\n  }\n': typeof types.UnlinkTwinningEventDocument;
  '\n  query TwinningTabProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      canEdit\n      sides {\n        id\n        country\n        position\n      }\n    }\n  }\n': typeof types.TwinningTabProgrammeDocument;
  '\n  fragment UserRowFields on User {\n    id\n    email\n    name\n    role\n    active\n    version\n    createdAt\n    lastSignInAt\n    organisation {\n      id\n      name\n      nameEn\n    }\n  }\n': typeof types.UserRowFieldsFragmentDoc;
  '\n  query Users($search: String, $role: Role, $limit: Int!, $offset: Int!) {\n    users(search: $search, role: $role, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n': typeof types.UsersDocument;
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n': typeof types.SetUserActiveDocument;
  '\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      id\n      version\n    }\n  }\n': typeof types.ResetUserPasswordDocument;
  '\n  fragment ImportPreviewFields on ImportPreview {\n    valid\n    creates\n    updates\n    unchanged\n    rows {\n      line\n      action\n      label\n      errors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ImportPreviewFieldsFragmentDoc;
};
const documents: Documents = {
  '\n  fragment ActionFields on Action {\n    id\n    code\n    title\n    description\n    startsOn\n    dueOn\n    status\n    progress\n    overdue\n    weight\n    plannedBudget\n    spentBudget\n    version\n    parent {\n      id\n    }\n    children {\n      id\n    }\n    responsible {\n      id\n    }\n    viewerCan {\n      edit\n      reportProgress\n    }\n    translations {\n      language\n      title\n      text\n    }\n  }\n':
    types.ActionFieldsFragmentDoc,
  '\n  query ActionPlan($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      code\n      canEdit\n      startsOn\n      endsOn\n      currency\n      languages\n      sides {\n        id\n        name\n        country\n        position\n      }\n      partners {\n        id\n        role\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      actions {\n        ...ActionFields\n      }\n    }\n  }\n':
    types.ActionPlanDocument,
  '\n  query ActionHistory($id: ID!) {\n    action(id: $id) {\n      id\n      code\n      title\n      lastHeldAt\n      events {\n        id\n        title\n        startsAt\n        timeZone\n        status\n        type\n      }\n      history {\n        id\n        at\n        fromProgress\n        toProgress\n        fromStatus\n        toStatus\n        note\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ActionHistoryDocument,
  '\n  mutation CreateAction($programmeId: ID!, $input: ActionInput!) {\n    createAction(programmeId: $programmeId, input: $input) {\n      ...ActionFields\n    }\n  }\n':
    types.CreateActionDocument,
  '\n  mutation UpdateAction($id: ID!, $version: Int!, $input: ActionInput!) {\n    updateAction(id: $id, version: $version, input: $input) {\n      ...ActionFields\n    }\n  }\n':
    types.UpdateActionDocument,
  '\n  mutation RemoveAction($id: ID!, $version: Int!) {\n    removeAction(id: $id, version: $version)\n  }\n':
    types.RemoveActionDocument,
  '\n  mutation ReportActionProgress(\n    $id: ID!\n    $version: Int!\n    $progress: Int!\n    $status: ActionStatus\n    $note: String\n  ) {\n    reportActionProgress(\n      id: $id\n      version: $version\n      progress: $progress\n      status: $status\n      note: $note\n    ) {\n      ...ActionFields\n    }\n  }\n':
    types.ReportActionProgressDocument,
  '\n  query ExportActions($programmeId: ID!) {\n    exportActions(programmeId: $programmeId)\n  }\n':
    types.ExportActionsDocument,
  '\n  mutation PreviewActionImport($programmeId: ID!, $csv: String!) {\n    previewActionImport(programmeId: $programmeId, csv: $csv) {\n      ...ImportPreviewFields\n    }\n  }\n':
    types.PreviewActionImportDocument,
  '\n  mutation ImportActions($programmeId: ID!, $csv: String!) {\n    importActions(programmeId: $programmeId, csv: $csv) {\n      valid\n      creates\n      updates\n      unchanged\n    }\n  }\n':
    types.ImportActionsDocument,
  '\n  query AuditLog($entityType: String, $action: AuditAction, $limit: Int!, $offset: Int!) {\n    auditLog(entityType: $entityType, action: $action, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        summary\n        actor {\n          id\n          name\n          email\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    role\n    organisation {\n      id\n      name\n      nameEn\n      country\n    }\n  }\n':
    types.CurrentUserFieldsFragmentDoc,
  '\n  query CurrentUser {\n    me {\n      ...CurrentUserFields\n    }\n  }\n':
    types.CurrentUserDocument,
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n':
    types.ChangePasswordDocument,
  '\n  query Budget($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      budget {\n        currency\n        total {\n          planned\n          spent\n        }\n        byPartner {\n          id\n          planned\n          spent\n        }\n        bySide {\n          id\n          planned\n          spent\n        }\n      }\n    }\n  }\n':
    types.BudgetDocument,
  '\n  query PlanSummary($programmeId: ID!) {\n    programmeDashboard(programmeId: $programmeId) {\n      programmeId\n      overallProgress\n      overdueActions\n      actionsByStatus {\n        status\n        count\n      }\n    }\n  }\n':
    types.PlanSummaryDocument,
  '\n  query ProgrammeDashboard($programmeId: ID!) {\n    programmeDashboard(programmeId: $programmeId) {\n      programmeId\n      overallProgress\n      overdueActions\n      actionsByStatus {\n        status\n        count\n      }\n      eventsByType {\n        type\n        count\n      }\n      attendeesBySide {\n        sideId\n        count\n      }\n      twinningByStatus {\n        status\n        count\n      }\n      topActions {\n        actionId\n        code\n        title\n        status\n        progress\n        overdue\n      }\n      eventsPerQuarter {\n        quarter\n        type\n        sideId\n        count\n      }\n      issuesPerQuarter {\n        quarter\n        status\n        count\n      }\n      indicators {\n        id\n        name\n        unit\n        target\n        achieved\n      }\n      budget {\n        currency\n        total {\n          planned\n          spent\n        }\n        byPartner {\n          id\n          planned\n          spent\n        }\n      }\n      balance {\n        sideId\n        name\n        country\n        partners\n        eventsOrganised\n        attendeesSent\n        budgetPlanned\n        budgetSpent\n        issuesRaised\n        reportsDue\n        reportsOnTime\n      }\n    }\n  }\n':
    types.ProgrammeDashboardDocument,
  '\n  query Portfolio {\n    portfolio {\n      programme {\n        id\n        code\n        title\n        status\n        languages\n        translations {\n          language\n          title\n          text\n        }\n      }\n      overallProgress\n      actions\n      overdueActions\n      eventsHeld\n      eventsUpcoming\n      lastEventAt\n      lateReports\n    }\n  }\n':
    types.PortfolioDocument,
  '\n  fragment EventSummary on Event {\n    id\n    type\n    title\n    startsAt\n    endsAt\n    timeZone\n    status\n    totalAttendees\n    organiser {\n      id\n    }\n    attendees {\n      sideId\n      count\n    }\n    translations {\n      language\n      title\n      text\n    }\n  }\n':
    types.EventSummaryFragmentDoc,
  '\n  fragment EventDetails on Event {\n    ...EventSummary\n    programmeId\n    description\n    format\n    venue\n    onlineLink\n    outcomes\n    version\n    updatedAt\n    viewerCan {\n      edit\n      attach\n    }\n    action {\n      id\n      code\n      title\n    }\n    agenda {\n      title\n      decision\n    }\n    participants {\n      id\n      name\n      nameEn\n    }\n  }\n':
    types.EventDetailsFragmentDoc,
  '\n  query EventsProgramme($programmeId: ID!) {\n    me {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n    programme(id: $programmeId) {\n      id\n      code\n      canEdit\n      viewerCan {\n        edit\n        logEvent\n      }\n      languages\n      startsOn\n      endsOn\n      sides {\n        id\n        name\n        country\n        position\n      }\n      partners {\n        id\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      actions {\n        id\n        code\n        title\n      }\n    }\n  }\n':
    types.EventsProgrammeDocument,
  '\n  query Events(\n    $programmeId: ID!\n    $from: DateTime\n    $to: DateTime\n    $type: EventType\n    $limit: Int!\n    $offset: Int!\n  ) {\n    events(\n      programmeId: $programmeId\n      from: $from\n      to: $to\n      type: $type\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...EventSummary\n      }\n    }\n  }\n':
    types.EventsDocument,
  '\n  query EventAt($programmeId: ID!, $offset: Int!) {\n    events(programmeId: $programmeId, limit: 1, offset: $offset) {\n      total\n      items {\n        id\n        startsAt\n        timeZone\n      }\n    }\n  }\n':
    types.EventAtDocument,
  '\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n    }\n  }\n':
    types.EventDocument,
  '\n  mutation LogEvent($programmeId: ID!, $input: EventInput!) {\n    logEvent(programmeId: $programmeId, input: $input) {\n      ...EventDetails\n    }\n  }\n':
    types.LogEventDocument,
  '\n  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {\n    updateEvent(id: $id, version: $version, input: $input) {\n      ...EventDetails\n    }\n  }\n':
    types.UpdateEventDocument,
  '\n  query CalendarFeed($programmeId: ID!) {\n    calendarFeed(programmeId: $programmeId) {\n      createdAt\n      lastUsedAt\n    }\n  }\n':
    types.CalendarFeedDocument,
  '\n  mutation CalendarFeedUrl($programmeId: ID!) {\n    calendarFeedUrl(programmeId: $programmeId)\n  }\n':
    types.CalendarFeedUrlDocument,
  '\n  mutation RevokeCalendarFeed($programmeId: ID!) {\n    revokeCalendarFeed(programmeId: $programmeId)\n  }\n':
    types.RevokeCalendarFeedDocument,
  '\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    createdAt\n    downloadPath\n  }\n':
    types.AttachmentFieldsFragmentDoc,
  '\n  query EventAttachments($id: ID!) {\n    event(id: $id) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n':
    types.EventAttachmentsDocument,
  '\n  mutation RemoveAttachment($id: ID!) {\n    removeAttachment(id: $id)\n  }\n':
    types.RemoveAttachmentDocument,
  '\n  fragment IndicatorFields on Indicator {\n    id\n    name\n    unit\n    target\n    achieved\n    source\n    eventTypes\n    sideId\n    twinningStatus\n    twinningKinds\n    countedEvents {\n      id\n      title\n      startsAt\n    }\n    version\n  }\n':
    types.IndicatorFieldsFragmentDoc,
  '\n  query Indicators($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      canEdit\n      languages\n      indicators {\n        ...IndicatorFields\n      }\n      actions {\n        id\n        code\n        title\n      }\n      sides {\n        id\n        name\n      }\n    }\n  }\n':
    types.IndicatorsDocument,
  '\n  mutation CreateIndicator($programmeId: ID!, $input: IndicatorInput!) {\n    createIndicator(programmeId: $programmeId, input: $input) {\n      ...IndicatorFields\n    }\n  }\n':
    types.CreateIndicatorDocument,
  '\n  mutation UpdateIndicator($id: ID!, $version: Int!, $input: IndicatorInput!) {\n    updateIndicator(id: $id, version: $version, input: $input) {\n      ...IndicatorFields\n    }\n  }\n':
    types.UpdateIndicatorDocument,
  '\n  mutation RemoveIndicator($id: ID!, $version: Int!) {\n    removeIndicator(id: $id, version: $version)\n  }\n':
    types.RemoveIndicatorDocument,
  '\n  query MissingTranslations($programmeId: ID!) {\n    missingTranslations(programmeId: $programmeId) {\n      recordType\n      recordId\n      label\n      field\n      missingLanguages\n      link\n    }\n  }\n':
    types.MissingTranslationsDocument,
  '\n  query MonitoringProgramme($programmeId: ID!) {\n    me {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n    programme(id: $programmeId) {\n      id\n      code\n      canEdit\n      viewerCan {\n        edit\n        raiseIssue\n      }\n      sides {\n        id\n        name\n        country\n        position\n      }\n      partners {\n        id\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n':
    types.MonitoringProgrammeDocument,
  '\n  fragment IssueSummary on MonitoringIssue {\n    id\n    kind\n    category\n    severity\n    title\n    status\n    createdAt\n    raisedBy {\n      id\n      name\n      nameEn\n    }\n    assignee {\n      id\n      name\n    }\n    round {\n      id\n      title\n    }\n  }\n':
    types.IssueSummaryFragmentDoc,
  '\n  fragment IssueDetails on MonitoringIssue {\n    ...IssueSummary\n    programmeId\n    description\n    resolution\n    version\n    updatedAt\n    viewerCan {\n      comment\n      statuses\n    }\n    reportedBy {\n      id\n      name\n    }\n    event {\n      id\n      title\n    }\n    comments {\n      id\n      at\n      text\n      movedTo\n      author {\n        id\n        name\n      }\n    }\n    history {\n      id\n      at\n      fromStatus\n      toStatus\n      changedBy {\n        id\n        name\n      }\n    }\n  }\n':
    types.IssueDetailsFragmentDoc,
  '\n  query MonitoringIssues(\n    $programmeId: ID!\n    $status: IssueStatus\n    $kind: IssueKind\n    $category: IssueCategory\n    $severity: IssueSeverity\n    $roundId: ID\n    $raisedById: ID\n    $limit: Int!\n    $offset: Int!\n  ) {\n    monitoringIssues(\n      programmeId: $programmeId\n      status: $status\n      kind: $kind\n      category: $category\n      severity: $severity\n      roundId: $roundId\n      raisedById: $raisedById\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...IssueSummary\n      }\n    }\n  }\n':
    types.MonitoringIssuesDocument,
  '\n  query MonitoringIssue($id: ID!) {\n    monitoringIssue(id: $id) {\n      ...IssueDetails\n    }\n  }\n':
    types.MonitoringIssueDocument,
  '\n  query MonitoringEvents($programmeId: ID!) {\n    events(programmeId: $programmeId, limit: 200) {\n      items {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n':
    types.MonitoringEventsDocument,
  '\n  query IssueAssignees($programmeId: ID!) {\n    issueAssignees(programmeId: $programmeId) {\n      id\n      name\n      role\n    }\n  }\n':
    types.IssueAssigneesDocument,
  '\n  mutation RaiseIssue($programmeId: ID!, $input: IssueInput!) {\n    raiseIssue(programmeId: $programmeId, input: $input) {\n      ...IssueDetails\n    }\n  }\n':
    types.RaiseIssueDocument,
  '\n  mutation UpdateIssue($id: ID!, $version: Int!, $input: IssueInput!) {\n    updateIssue(id: $id, version: $version, input: $input) {\n      ...IssueDetails\n    }\n  }\n':
    types.UpdateIssueDocument,
  '\n  mutation ChangeIssueStatus(\n    $id: ID!\n    $version: Int!\n    $status: IssueStatus!\n    $comment: String\n    $resolution: String\n  ) {\n    changeIssueStatus(\n      id: $id\n      version: $version\n      status: $status\n      comment: $comment\n      resolution: $resolution\n    ) {\n      ...IssueDetails\n    }\n  }\n':
    types.ChangeIssueStatusDocument,
  '\n  mutation AssignIssue($id: ID!, $version: Int!, $assigneeId: ID) {\n    assignIssue(id: $id, version: $version, assigneeId: $assigneeId) {\n      ...IssueDetails\n    }\n  }\n':
    types.AssignIssueDocument,
  '\n  mutation CommentOnIssue($issueId: ID!, $text: String!) {\n    commentOnIssue(issueId: $issueId, text: $text) {\n      id\n    }\n  }\n':
    types.CommentOnIssueDocument,
  '\n  fragment RoundSummary on MonitoringRound {\n    id\n    title\n    periodStart\n    periodEnd\n    status\n    version\n    sides {\n      sideId\n      partners\n      submitted\n      problems\n      expectations\n      total\n    }\n  }\n':
    types.RoundSummaryFragmentDoc,
  '\n  query MonitoringRounds($programmeId: ID!) {\n    monitoringRounds(programmeId: $programmeId) {\n      ...RoundSummary\n    }\n  }\n':
    types.MonitoringRoundsDocument,
  '\n  query MonitoringRound($id: ID!) {\n    monitoringRound(id: $id) {\n      ...RoundSummary\n      programmeId\n      prompts\n      closedAt\n      createdAt\n      openedBy {\n        id\n        name\n      }\n      partners {\n        partnerId\n        sideId\n        submitted\n        submittedAt\n        problems\n        expectations\n        total\n      }\n      results {\n        byCategory {\n          category\n          problems\n          expectations\n          total\n        }\n        bySeverity {\n          severity\n          problems\n          expectations\n          total\n        }\n        byCategoryAndSeverity {\n          category\n          severity\n          total\n        }\n      }\n    }\n  }\n':
    types.MonitoringRoundDocument,
  '\n  mutation OpenMonitoringRound($programmeId: ID!, $input: RoundInput!) {\n    openMonitoringRound(programmeId: $programmeId, input: $input) {\n      ...RoundSummary\n    }\n  }\n':
    types.OpenMonitoringRoundDocument,
  '\n  mutation CloseMonitoringRound($id: ID!, $version: Int!) {\n    closeMonitoringRound(id: $id, version: $version) {\n      ...RoundSummary\n      closedAt\n    }\n  }\n':
    types.CloseMonitoringRoundDocument,
  '\n  mutation SubmitRoundAnswers($roundId: ID!, $partnerId: ID) {\n    submitRoundAnswers(roundId: $roundId, partnerId: $partnerId) {\n      id\n    }\n  }\n':
    types.SubmitRoundAnswersDocument,
  '\n  query Organisations(\n    $search: String\n    $country: String\n    $kind: OrganisationKind\n    $limit: Int!\n    $offset: Int!\n  ) {\n    organisations(search: $search, country: $country, kind: $kind, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        name\n        nameEn\n        kind\n        country\n        region\n        population\n        parent {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n':
    types.OrganisationsDocument,
  '\n  fragment OrganisationOptionFields on Organisation {\n    id\n    name\n    nameEn\n    country\n  }\n':
    types.OrganisationOptionFieldsFragmentDoc,
  '\n  query OrganisationOptions($search: String, $limit: Int!) {\n    organisations(search: $search, limit: $limit) {\n      total\n      items {\n        ...OrganisationOptionFields\n      }\n    }\n  }\n':
    types.OrganisationOptionsDocument,
  '\n  fragment OrganisationDetailFields on Organisation {\n    id\n    name\n    nameEn\n    kind\n    country\n    region\n    population\n    councilsInRegion\n    version\n    parent {\n      id\n      name\n      nameEn\n      country\n    }\n    coverage {\n      basis\n      members\n      councils\n      percent\n      asOf\n      listedMembers\n    }\n    declaredMembers {\n      ...DeclaredMembersFields\n    }\n  }\n':
    types.OrganisationDetailFieldsFragmentDoc,
  '\n  fragment DeclaredMembersFields on DeclaredMembers {\n    id\n    asOf\n    count\n    eligibleCount\n    statedPercent\n    percent\n    source\n  }\n':
    types.DeclaredMembersFieldsFragmentDoc,
  '\n  mutation DeclareMembers($associationId: ID!, $input: DeclaredMembersInput!) {\n    declareMembers(associationId: $associationId, input: $input) {\n      ...DeclaredMembersFields\n    }\n  }\n':
    types.DeclareMembersDocument,
  '\n  mutation RemoveDeclaredMembers($id: ID!) {\n    removeDeclaredMembers(id: $id)\n  }\n':
    types.RemoveDeclaredMembersDocument,
  '\n  fragment MembershipFields on Membership {\n    id\n    joinedOn\n    leftOn\n    version\n  }\n':
    types.MembershipFieldsFragmentDoc,
  '\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetailFields\n      members {\n        ...MembershipFields\n        member {\n          id\n          name\n          nameEn\n          kind\n          country\n        }\n      }\n      memberOf {\n        ...MembershipFields\n        association {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n':
    types.OrganisationDocument,
  '\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationDetailFields\n    }\n  }\n':
    types.CreateOrganisationDocument,
  '\n  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      ...OrganisationDetailFields\n    }\n  }\n':
    types.UpdateOrganisationDocument,
  '\n  mutation AddMember($associationId: ID!, $memberId: ID!, $joinedOn: LocalDate!) {\n    addMember(associationId: $associationId, memberId: $memberId, joinedOn: $joinedOn) {\n      ...MembershipFields\n    }\n  }\n':
    types.AddMemberDocument,
  '\n  mutation EndMembership($id: ID!, $version: Int!, $leftOn: LocalDate) {\n    endMembership(id: $id, version: $version, leftOn: $leftOn) {\n      ...MembershipFields\n    }\n  }\n':
    types.EndMembershipDocument,
  '\n  query ExportOrganisations($search: String, $country: String, $kind: OrganisationKind) {\n    exportOrganisations(search: $search, country: $country, kind: $kind)\n  }\n':
    types.ExportOrganisationsDocument,
  '\n  mutation PreviewOrganisationImport($csv: String!) {\n    previewOrganisationImport(csv: $csv) {\n      ...ImportPreviewFields\n    }\n  }\n':
    types.PreviewOrganisationImportDocument,
  '\n  mutation ImportOrganisations($csv: String!) {\n    importOrganisations(csv: $csv) {\n      ...ImportPreviewFields\n    }\n  }\n':
    types.ImportOrganisationsDocument,
  '\n  query ProgrammeReport($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      title\n      summary\n      status\n      startsOn\n      endsOn\n      currency\n      languages\n      translations {\n        language\n        title\n        text\n      }\n      sides {\n        id\n        name\n        country\n      }\n      partners {\n        id\n        role\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      actions {\n        id\n        code\n        title\n        status\n        progress\n        dueOn\n        overdue\n        parent {\n          id\n        }\n      }\n      indicators {\n        id\n        name\n        unit\n        target\n        achieved\n      }\n      budget {\n        currency\n        total {\n          planned\n          spent\n        }\n        bySide {\n          id\n          planned\n          spent\n        }\n      }\n    }\n    programmeDashboard(programmeId: $id) {\n      programmeId\n      overallProgress\n      overdueActions\n      twinningByStatus {\n        status\n        count\n      }\n      issuesByStatus {\n        status\n        count\n      }\n      cooperation {\n        activeTwinning {\n          ...PublicTwinningFields\n        }\n        issuesByCategory {\n          category\n          count\n        }\n        severeOpenIssues {\n          id\n          title\n          category\n          severity\n          status\n          raisedBy\n          raisedAt\n        }\n        reporting {\n          periodId\n          startsOn\n          endsOn\n          dueOn\n          partners {\n            partnerId\n            organisation\n            submittedOnTime\n            late\n          }\n        }\n      }\n    }\n    events(programmeId: $id, limit: 200) {\n      total\n      items {\n        id\n        type\n        title\n        status\n        startsAt\n        endsAt\n        timeZone\n        venue\n        totalAttendees\n        organiser {\n          id\n          organisation {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n':
    types.ProgrammeReportDocument,
  '\n  query Programmes($status: ProgrammeStatus) {\n    programmes(status: $status) {\n      id\n      code\n      title\n      status\n      startsOn\n      endsOn\n      published\n      languages\n      translations {\n        language\n        title\n        text\n      }\n      sides {\n        id\n        name\n        country\n      }\n    }\n  }\n':
    types.ProgrammesDocument,
  '\n  fragment ProgrammeDetailFields on Programme {\n    id\n    code\n    title\n    summary\n    status\n    startsOn\n    endsOn\n    published\n    version\n    canEdit\n    currency\n    languages\n    translations {\n      language\n      title\n      text\n    }\n    sides {\n      id\n      name\n      country\n      position\n    }\n    partners {\n      id\n      role\n      version\n      side {\n        id\n        name\n        country\n      }\n      organisation {\n        id\n        name\n        nameEn\n        kind\n        country\n      }\n    }\n    coordinators {\n      id\n      name\n      email\n    }\n    signatories {\n      id\n      person\n      position\n      signedOn\n      organisation {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n':
    types.ProgrammeDetailFieldsFragmentDoc,
  '\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeDetailFields\n    }\n  }\n':
    types.ProgrammeDocument,
  '\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      code\n      title\n    }\n  }\n':
    types.CreateProgrammeDocument,
  '\n  mutation UpdateProgramme($id: ID!, $version: Int!, $input: UpdateProgrammeInput!) {\n    updateProgramme(id: $id, version: $version, input: $input) {\n      ...ProgrammeDetailFields\n    }\n  }\n':
    types.UpdateProgrammeDocument,
  '\n  mutation PublishProgramme($id: ID!, $version: Int!, $published: Boolean!) {\n    publishProgramme(id: $id, version: $version, published: $published) {\n      id\n      published\n      version\n    }\n  }\n':
    types.PublishProgrammeDocument,
  '\n  mutation AddPartner($programmeId: ID!, $organisationId: ID!, $sideId: ID!, $role: PartnerRole!) {\n    addPartner(\n      programmeId: $programmeId\n      organisationId: $organisationId\n      sideId: $sideId\n      role: $role\n    ) {\n      id\n    }\n  }\n':
    types.AddPartnerDocument,
  '\n  mutation UpdatePartner($id: ID!, $version: Int!, $input: PartnerChangeInput!) {\n    updatePartner(id: $id, version: $version, input: $input) {\n      id\n      role\n      version\n      side {\n        id\n        name\n        country\n      }\n    }\n  }\n':
    types.UpdatePartnerDocument,
  '\n  mutation RemovePartner($id: ID!, $version: Int!) {\n    removePartner(id: $id, version: $version)\n  }\n':
    types.RemovePartnerDocument,
  '\n  mutation AddProgrammeSide($programmeId: ID!, $input: SideInput!) {\n    addProgrammeSide(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n':
    types.AddProgrammeSideDocument,
  '\n  mutation UpdateProgrammeSide($id: ID!, $input: SideInput!) {\n    updateProgrammeSide(id: $id, input: $input) {\n      id\n      name\n      country\n    }\n  }\n':
    types.UpdateProgrammeSideDocument,
  '\n  mutation RemoveProgrammeSide($id: ID!) {\n    removeProgrammeSide(id: $id)\n  }\n':
    types.RemoveProgrammeSideDocument,
  '\n  mutation AddSignatory($programmeId: ID!, $input: SignatoryInput!) {\n    addSignatory(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n':
    types.AddSignatoryDocument,
  '\n  mutation RemoveSignatory($id: ID!) {\n    removeSignatory(id: $id)\n  }\n':
    types.RemoveSignatoryDocument,
  '\n  mutation AddCoordinator($programmeId: ID!, $userId: ID!) {\n    addCoordinator(programmeId: $programmeId, userId: $userId)\n  }\n':
    types.AddCoordinatorDocument,
  '\n  mutation RemoveCoordinator($programmeId: ID!, $userId: ID!) {\n    removeCoordinator(programmeId: $programmeId, userId: $userId)\n  }\n':
    types.RemoveCoordinatorDocument,
  '\n  query CoordinatorCandidates($limit: Int!) {\n    users(role: COORDINATOR, limit: $limit) {\n      items {\n        id\n        name\n        email\n        active\n      }\n    }\n  }\n':
    types.CoordinatorCandidatesDocument,
  '\n  fragment ReportingPeriodFields on ReportingPeriod {\n    id\n    version\n    startsOn\n    endsOn\n    dueOn\n  }\n':
    types.ReportingPeriodFieldsFragmentDoc,
  '\n  query ReportingStatus($programmeId: ID!) {\n    me {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n    programme(id: $programmeId) {\n      id\n      code\n      startsOn\n      endsOn\n      canEdit\n    }\n    reportingStatus(programmeId: $programmeId) {\n      programmeId\n      asOf\n      lateCount\n      periods {\n        ...ReportingPeriodFields\n      }\n      partners {\n        id\n        side {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      cells {\n        periodId\n        partnerId\n        reportId\n        status\n        submittedAt\n        late\n        submittedOnTime\n      }\n    }\n  }\n':
    types.ReportingStatusDocument,
  '\n  query ProgressReports($programmeId: ID!) {\n    progressReports(programmeId: $programmeId) {\n      id\n      status\n      periodStart\n      periodEnd\n      submittedAt\n      late\n      partner {\n        id\n      }\n    }\n  }\n':
    types.ProgressReportsDocument,
  '\n  fragment ProgressReportFields on ProgressReport {\n    id\n    version\n    programmeId\n    status\n    periodStart\n    periodEnd\n    narrative\n    submittedAt\n    firstSubmittedAt\n    late\n    canEdit\n    canReview\n    updatedAt\n    period {\n      id\n      dueOn\n    }\n    submittedBy {\n      id\n      name\n    }\n    partner {\n      id\n      side {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        nameEn\n      }\n    }\n    reviews {\n      id\n      decision\n      comment\n      at\n      author {\n        id\n        name\n      }\n    }\n    content {\n      frozenAt\n      actions {\n        actionId\n        code\n        title\n        fromProgress\n        toProgress\n        fromStatus\n        toStatus\n        notes {\n          at\n          progress\n          status\n          note\n        }\n      }\n      events {\n        eventId\n        type\n        title\n        startsAt\n        endsAt\n        timeZone\n        venue\n        outcomes\n        totalAttendees\n        attendees {\n          sideId\n          sideName\n          count\n        }\n      }\n      attendeesBySide {\n        sideId\n        sideName\n        count\n      }\n      indicators {\n        indicatorId\n        name\n        unit\n        target\n        achieved\n        source\n        inPeriod\n      }\n    }\n  }\n':
    types.ProgressReportFieldsFragmentDoc,
  '\n  query ProgressReport($id: ID!, $programmeId: ID!) {\n    progressReport(id: $id) {\n      ...ProgressReportFields\n    }\n    programme(id: $programmeId) {\n      id\n      code\n    }\n  }\n':
    types.ProgressReportDocument,
  '\n  mutation CreateProgressReport($programmeId: ID!, $partnerId: ID!, $input: ReportInput!) {\n    createProgressReport(programmeId: $programmeId, partnerId: $partnerId, input: $input) {\n      id\n    }\n  }\n':
    types.CreateProgressReportDocument,
  '\n  mutation UpdateProgressReport($id: ID!, $version: Int!, $input: ReportInput!) {\n    updateProgressReport(id: $id, version: $version, input: $input) {\n      ...ProgressReportFields\n    }\n  }\n':
    types.UpdateProgressReportDocument,
  '\n  mutation SubmitProgressReport($id: ID!, $version: Int!) {\n    submitProgressReport(id: $id, version: $version) {\n      ...ProgressReportFields\n    }\n  }\n':
    types.SubmitProgressReportDocument,
  '\n  mutation ReviewProgressReport(\n    $id: ID!\n    $version: Int!\n    $decision: ReviewDecision!\n    $comment: String\n  ) {\n    reviewProgressReport(id: $id, version: $version, decision: $decision, comment: $comment) {\n      ...ProgressReportFields\n    }\n  }\n':
    types.ReviewProgressReportDocument,
  '\n  mutation CreateReportingPeriod($programmeId: ID!, $input: ReportingPeriodInput!) {\n    createReportingPeriod(programmeId: $programmeId, input: $input) {\n      ...ReportingPeriodFields\n    }\n  }\n':
    types.CreateReportingPeriodDocument,
  '\n  mutation UpdateReportingPeriod($id: ID!, $version: Int!, $input: ReportingPeriodInput!) {\n    updateReportingPeriod(id: $id, version: $version, input: $input) {\n      ...ReportingPeriodFields\n    }\n  }\n':
    types.UpdateReportingPeriodDocument,
  '\n  mutation RemoveReportingPeriod($id: ID!, $version: Int!) {\n    removeReportingPeriod(id: $id, version: $version)\n  }\n':
    types.RemoveReportingPeriodDocument,
  '\n  mutation GenerateReportingPeriods($programmeId: ID!, $months: Int, $dueDays: Int) {\n    generateReportingPeriods(programmeId: $programmeId, months: $months, dueDays: $dueDays) {\n      ...ReportingPeriodFields\n    }\n  }\n':
    types.GenerateReportingPeriodsDocument,
  '\n  fragment PublicTwinningFields on PublicTwinning {\n    organisations {\n      name\n      nameEn\n      country\n    }\n    kind\n    since\n    areas\n  }\n':
    types.PublicTwinningFieldsFragmentDoc,
  '\n  query PublicProgramme($code: String!, $language: String) {\n    publicProgramme(code: $code, language: $language) {\n      code\n      title\n      summary\n      language\n      status\n      startsOn\n      endsOn\n      overallProgress\n      sides {\n        id\n        name\n        country\n      }\n      partners {\n        name\n        nameEn\n        country\n        sideId\n        role\n      }\n      actions {\n        code\n        title\n        status\n        progress\n      }\n      events {\n        type\n        title\n        startsAt\n        endsAt\n        timeZone\n        venue\n        organiser\n        outcomes\n      }\n      twinning {\n        ...PublicTwinningFields\n      }\n    }\n  }\n':
    types.PublicProgrammeDocument,
  '\n  fragment TwinningParty on Organisation {\n    id\n    name\n    nameEn\n    country\n  }\n':
    types.TwinningPartyFragmentDoc,
  '\n  fragment TwinningSummary on TwinningRelation {\n    id\n    kind\n    status\n    since\n    areas\n    organisationA {\n      ...TwinningParty\n    }\n    organisationB {\n      ...TwinningParty\n    }\n    programme {\n      id\n      code\n    }\n  }\n':
    types.TwinningSummaryFragmentDoc,
  '\n  fragment TwinningDetails on TwinningRelation {\n    ...TwinningSummary\n    version\n    description\n    programmeId\n    canChange\n    viewerCan {\n      edit\n      statuses\n    }\n    contacts {\n      organisationId\n      name\n      position\n      email\n      phone\n    }\n    history {\n      id\n      fromStatus\n      toStatus\n      effectiveOn\n      at\n      note\n      author {\n        id\n        name\n      }\n    }\n    events {\n      id\n      programmeId\n      title\n      type\n      startsAt\n      timeZone\n      status\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n':
    types.TwinningDetailsFragmentDoc,
  '\n  query TwinningRelations(\n    $programmeId: ID\n    $status: TwinningStatus\n    $country: String\n    $area: String\n  ) {\n    twinningRelations(programmeId: $programmeId, status: $status, country: $country, area: $area) {\n      ...TwinningSummary\n    }\n  }\n':
    types.TwinningRelationsDocument,
  '\n  query TwinningAreas {\n    twinningAreas\n  }\n': types.TwinningAreasDocument,
  '\n  query TwinningRelation($id: ID!) {\n    twinningRelation(id: $id) {\n      ...TwinningDetails\n    }\n  }\n':
    types.TwinningRelationDocument,
  '\n  query TwinningProgrammes {\n    programmes {\n      id\n      code\n      title\n      status\n      canEdit\n    }\n  }\n':
    types.TwinningProgrammesDocument,
  '\n  query TwinningEventOptions($programmeId: ID!) {\n    events(programmeId: $programmeId, limit: 200) {\n      items {\n        id\n        title\n        startsAt\n        timeZone\n      }\n    }\n  }\n':
    types.TwinningEventOptionsDocument,
  '\n  mutation CreateTwinning($input: TwinningInput!) {\n    createTwinningRelation(input: $input) {\n      ...TwinningDetails\n    }\n  }\n':
    types.CreateTwinningDocument,
  '\n  mutation UpdateTwinning($id: ID!, $version: Int!, $input: TwinningDetailsInput!) {\n    updateTwinningRelation(id: $id, version: $version, input: $input) {\n      ...TwinningDetails\n    }\n  }\n':
    types.UpdateTwinningDocument,
  '\n  mutation ChangeTwinningStatus(\n    $id: ID!\n    $version: Int!\n    $status: TwinningStatus!\n    $note: String\n    $on: LocalDate\n  ) {\n    changeTwinningStatus(id: $id, version: $version, status: $status, note: $note, on: $on) {\n      ...TwinningDetails\n    }\n  }\n':
    types.ChangeTwinningStatusDocument,
  '\n  mutation LinkTwinningEvent($id: ID!, $eventId: ID!) {\n    linkTwinningEvent(id: $id, eventId: $eventId) {\n      ...TwinningDetails\n    }\n  }\n':
    types.LinkTwinningEventDocument,
  '\n  mutation UnlinkTwinningEvent($id: ID!, $eventId: ID!) {\n    unlinkTwinningEvent(id: $id, eventId: $eventId) {\n      ...TwinningDetails\n    }\n  }\n':
    types.UnlinkTwinningEventDocument,
  '\n  query TwinningTabProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      canEdit\n      sides {\n        id\n        country\n        position\n      }\n    }\n  }\n':
    types.TwinningTabProgrammeDocument,
  '\n  fragment UserRowFields on User {\n    id\n    email\n    name\n    role\n    active\n    version\n    createdAt\n    lastSignInAt\n    organisation {\n      id\n      name\n      nameEn\n    }\n  }\n':
    types.UserRowFieldsFragmentDoc,
  '\n  query Users($search: String, $role: Role, $limit: Int!, $offset: Int!) {\n    users(search: $search, role: $role, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n':
    types.UsersDocument,
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n':
    types.CreateUserDocument,
  '\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n':
    types.SetUserActiveDocument,
  '\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      id\n      version\n    }\n  }\n':
    types.ResetUserPasswordDocument,
  '\n  fragment ImportPreviewFields on ImportPreview {\n    valid\n    creates\n    updates\n    unchanged\n    rows {\n      line\n      action\n      label\n      errors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ImportPreviewFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActionFields on Action {\n    id\n    code\n    title\n    description\n    startsOn\n    dueOn\n    status\n    progress\n    overdue\n    weight\n    plannedBudget\n    spentBudget\n    version\n    parent {\n      id\n    }\n    children {\n      id\n    }\n    responsible {\n      id\n    }\n    viewerCan {\n      edit\n      reportProgress\n    }\n    translations {\n      language\n      title\n      text\n    }\n  }\n',
): (typeof documents)['\n  fragment ActionFields on Action {\n    id\n    code\n    title\n    description\n    startsOn\n    dueOn\n    status\n    progress\n    overdue\n    weight\n    plannedBudget\n    spentBudget\n    version\n    parent {\n      id\n    }\n    children {\n      id\n    }\n    responsible {\n      id\n    }\n    viewerCan {\n      edit\n      reportProgress\n    }\n    translations {\n      language\n      title\n      text\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionPlan($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      code\n      canEdit\n      startsOn\n      endsOn\n      currency\n      languages\n      sides {\n        id\n        name\n        country\n        position\n      }\n      partners {\n        id\n        role\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      actions {\n        ...ActionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActionPlan($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      code\n      canEdit\n      startsOn\n      endsOn\n      currency\n      languages\n      sides {\n        id\n        name\n        country\n        position\n      }\n      partners {\n        id\n        role\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      actions {\n        ...ActionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionHistory($id: ID!) {\n    action(id: $id) {\n      id\n      code\n      title\n      lastHeldAt\n      events {\n        id\n        title\n        startsAt\n        timeZone\n        status\n        type\n      }\n      history {\n        id\n        at\n        fromProgress\n        toProgress\n        fromStatus\n        toStatus\n        note\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActionHistory($id: ID!) {\n    action(id: $id) {\n      id\n      code\n      title\n      lastHeldAt\n      events {\n        id\n        title\n        startsAt\n        timeZone\n        status\n        type\n      }\n      history {\n        id\n        at\n        fromProgress\n        toProgress\n        fromStatus\n        toStatus\n        note\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAction($programmeId: ID!, $input: ActionInput!) {\n    createAction(programmeId: $programmeId, input: $input) {\n      ...ActionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateAction($programmeId: ID!, $input: ActionInput!) {\n    createAction(programmeId: $programmeId, input: $input) {\n      ...ActionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAction($id: ID!, $version: Int!, $input: ActionInput!) {\n    updateAction(id: $id, version: $version, input: $input) {\n      ...ActionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAction($id: ID!, $version: Int!, $input: ActionInput!) {\n    updateAction(id: $id, version: $version, input: $input) {\n      ...ActionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveAction($id: ID!, $version: Int!) {\n    removeAction(id: $id, version: $version)\n  }\n',
): (typeof documents)['\n  mutation RemoveAction($id: ID!, $version: Int!) {\n    removeAction(id: $id, version: $version)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportActionProgress(\n    $id: ID!\n    $version: Int!\n    $progress: Int!\n    $status: ActionStatus\n    $note: String\n  ) {\n    reportActionProgress(\n      id: $id\n      version: $version\n      progress: $progress\n      status: $status\n      note: $note\n    ) {\n      ...ActionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportActionProgress(\n    $id: ID!\n    $version: Int!\n    $progress: Int!\n    $status: ActionStatus\n    $note: String\n  ) {\n    reportActionProgress(\n      id: $id\n      version: $version\n      progress: $progress\n      status: $status\n      note: $note\n    ) {\n      ...ActionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportActions($programmeId: ID!) {\n    exportActions(programmeId: $programmeId)\n  }\n',
): (typeof documents)['\n  query ExportActions($programmeId: ID!) {\n    exportActions(programmeId: $programmeId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PreviewActionImport($programmeId: ID!, $csv: String!) {\n    previewActionImport(programmeId: $programmeId, csv: $csv) {\n      ...ImportPreviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PreviewActionImport($programmeId: ID!, $csv: String!) {\n    previewActionImport(programmeId: $programmeId, csv: $csv) {\n      ...ImportPreviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportActions($programmeId: ID!, $csv: String!) {\n    importActions(programmeId: $programmeId, csv: $csv) {\n      valid\n      creates\n      updates\n      unchanged\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportActions($programmeId: ID!, $csv: String!) {\n    importActions(programmeId: $programmeId, csv: $csv) {\n      valid\n      creates\n      updates\n      unchanged\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($entityType: String, $action: AuditAction, $limit: Int!, $offset: Int!) {\n    auditLog(entityType: $entityType, action: $action, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        summary\n        actor {\n          id\n          name\n          email\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog($entityType: String, $action: AuditAction, $limit: Int!, $offset: Int!) {\n    auditLog(entityType: $entityType, action: $action, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        summary\n        actor {\n          id\n          name\n          email\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    role\n    organisation {\n      id\n      name\n      nameEn\n      country\n    }\n  }\n',
): (typeof documents)['\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    role\n    organisation {\n      id\n      name\n      nameEn\n      country\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CurrentUser {\n    me {\n      ...CurrentUserFields\n    }\n  }\n',
): (typeof documents)['\n  query CurrentUser {\n    me {\n      ...CurrentUserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Budget($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      budget {\n        currency\n        total {\n          planned\n          spent\n        }\n        byPartner {\n          id\n          planned\n          spent\n        }\n        bySide {\n          id\n          planned\n          spent\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Budget($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      budget {\n        currency\n        total {\n          planned\n          spent\n        }\n        byPartner {\n          id\n          planned\n          spent\n        }\n        bySide {\n          id\n          planned\n          spent\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanSummary($programmeId: ID!) {\n    programmeDashboard(programmeId: $programmeId) {\n      programmeId\n      overallProgress\n      overdueActions\n      actionsByStatus {\n        status\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlanSummary($programmeId: ID!) {\n    programmeDashboard(programmeId: $programmeId) {\n      programmeId\n      overallProgress\n      overdueActions\n      actionsByStatus {\n        status\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgrammeDashboard($programmeId: ID!) {\n    programmeDashboard(programmeId: $programmeId) {\n      programmeId\n      overallProgress\n      overdueActions\n      actionsByStatus {\n        status\n        count\n      }\n      eventsByType {\n        type\n        count\n      }\n      attendeesBySide {\n        sideId\n        count\n      }\n      twinningByStatus {\n        status\n        count\n      }\n      topActions {\n        actionId\n        code\n        title\n        status\n        progress\n        overdue\n      }\n      eventsPerQuarter {\n        quarter\n        type\n        sideId\n        count\n      }\n      issuesPerQuarter {\n        quarter\n        status\n        count\n      }\n      indicators {\n        id\n        name\n        unit\n        target\n        achieved\n      }\n      budget {\n        currency\n        total {\n          planned\n          spent\n        }\n        byPartner {\n          id\n          planned\n          spent\n        }\n      }\n      balance {\n        sideId\n        name\n        country\n        partners\n        eventsOrganised\n        attendeesSent\n        budgetPlanned\n        budgetSpent\n        issuesRaised\n        reportsDue\n        reportsOnTime\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProgrammeDashboard($programmeId: ID!) {\n    programmeDashboard(programmeId: $programmeId) {\n      programmeId\n      overallProgress\n      overdueActions\n      actionsByStatus {\n        status\n        count\n      }\n      eventsByType {\n        type\n        count\n      }\n      attendeesBySide {\n        sideId\n        count\n      }\n      twinningByStatus {\n        status\n        count\n      }\n      topActions {\n        actionId\n        code\n        title\n        status\n        progress\n        overdue\n      }\n      eventsPerQuarter {\n        quarter\n        type\n        sideId\n        count\n      }\n      issuesPerQuarter {\n        quarter\n        status\n        count\n      }\n      indicators {\n        id\n        name\n        unit\n        target\n        achieved\n      }\n      budget {\n        currency\n        total {\n          planned\n          spent\n        }\n        byPartner {\n          id\n          planned\n          spent\n        }\n      }\n      balance {\n        sideId\n        name\n        country\n        partners\n        eventsOrganised\n        attendeesSent\n        budgetPlanned\n        budgetSpent\n        issuesRaised\n        reportsDue\n        reportsOnTime\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Portfolio {\n    portfolio {\n      programme {\n        id\n        code\n        title\n        status\n        languages\n        translations {\n          language\n          title\n          text\n        }\n      }\n      overallProgress\n      actions\n      overdueActions\n      eventsHeld\n      eventsUpcoming\n      lastEventAt\n      lateReports\n    }\n  }\n',
): (typeof documents)['\n  query Portfolio {\n    portfolio {\n      programme {\n        id\n        code\n        title\n        status\n        languages\n        translations {\n          language\n          title\n          text\n        }\n      }\n      overallProgress\n      actions\n      overdueActions\n      eventsHeld\n      eventsUpcoming\n      lastEventAt\n      lateReports\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EventSummary on Event {\n    id\n    type\n    title\n    startsAt\n    endsAt\n    timeZone\n    status\n    totalAttendees\n    organiser {\n      id\n    }\n    attendees {\n      sideId\n      count\n    }\n    translations {\n      language\n      title\n      text\n    }\n  }\n',
): (typeof documents)['\n  fragment EventSummary on Event {\n    id\n    type\n    title\n    startsAt\n    endsAt\n    timeZone\n    status\n    totalAttendees\n    organiser {\n      id\n    }\n    attendees {\n      sideId\n      count\n    }\n    translations {\n      language\n      title\n      text\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EventDetails on Event {\n    ...EventSummary\n    programmeId\n    description\n    format\n    venue\n    onlineLink\n    outcomes\n    version\n    updatedAt\n    viewerCan {\n      edit\n      attach\n    }\n    action {\n      id\n      code\n      title\n    }\n    agenda {\n      title\n      decision\n    }\n    participants {\n      id\n      name\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  fragment EventDetails on Event {\n    ...EventSummary\n    programmeId\n    description\n    format\n    venue\n    onlineLink\n    outcomes\n    version\n    updatedAt\n    viewerCan {\n      edit\n      attach\n    }\n    action {\n      id\n      code\n      title\n    }\n    agenda {\n      title\n      decision\n    }\n    participants {\n      id\n      name\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventsProgramme($programmeId: ID!) {\n    me {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n    programme(id: $programmeId) {\n      id\n      code\n      canEdit\n      viewerCan {\n        edit\n        logEvent\n      }\n      languages\n      startsOn\n      endsOn\n      sides {\n        id\n        name\n        country\n        position\n      }\n      partners {\n        id\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      actions {\n        id\n        code\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EventsProgramme($programmeId: ID!) {\n    me {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n    programme(id: $programmeId) {\n      id\n      code\n      canEdit\n      viewerCan {\n        edit\n        logEvent\n      }\n      languages\n      startsOn\n      endsOn\n      sides {\n        id\n        name\n        country\n        position\n      }\n      partners {\n        id\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      actions {\n        id\n        code\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Events(\n    $programmeId: ID!\n    $from: DateTime\n    $to: DateTime\n    $type: EventType\n    $limit: Int!\n    $offset: Int!\n  ) {\n    events(\n      programmeId: $programmeId\n      from: $from\n      to: $to\n      type: $type\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...EventSummary\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Events(\n    $programmeId: ID!\n    $from: DateTime\n    $to: DateTime\n    $type: EventType\n    $limit: Int!\n    $offset: Int!\n  ) {\n    events(\n      programmeId: $programmeId\n      from: $from\n      to: $to\n      type: $type\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...EventSummary\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventAt($programmeId: ID!, $offset: Int!) {\n    events(programmeId: $programmeId, limit: 1, offset: $offset) {\n      total\n      items {\n        id\n        startsAt\n        timeZone\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EventAt($programmeId: ID!, $offset: Int!) {\n    events(programmeId: $programmeId, limit: 1, offset: $offset) {\n      total\n      items {\n        id\n        startsAt\n        timeZone\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n    }\n  }\n',
): (typeof documents)['\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogEvent($programmeId: ID!, $input: EventInput!) {\n    logEvent(programmeId: $programmeId, input: $input) {\n      ...EventDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation LogEvent($programmeId: ID!, $input: EventInput!) {\n    logEvent(programmeId: $programmeId, input: $input) {\n      ...EventDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {\n    updateEvent(id: $id, version: $version, input: $input) {\n      ...EventDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {\n    updateEvent(id: $id, version: $version, input: $input) {\n      ...EventDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CalendarFeed($programmeId: ID!) {\n    calendarFeed(programmeId: $programmeId) {\n      createdAt\n      lastUsedAt\n    }\n  }\n',
): (typeof documents)['\n  query CalendarFeed($programmeId: ID!) {\n    calendarFeed(programmeId: $programmeId) {\n      createdAt\n      lastUsedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CalendarFeedUrl($programmeId: ID!) {\n    calendarFeedUrl(programmeId: $programmeId)\n  }\n',
): (typeof documents)['\n  mutation CalendarFeedUrl($programmeId: ID!) {\n    calendarFeedUrl(programmeId: $programmeId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeCalendarFeed($programmeId: ID!) {\n    revokeCalendarFeed(programmeId: $programmeId)\n  }\n',
): (typeof documents)['\n  mutation RevokeCalendarFeed($programmeId: ID!) {\n    revokeCalendarFeed(programmeId: $programmeId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    createdAt\n    downloadPath\n  }\n',
): (typeof documents)['\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    createdAt\n    downloadPath\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventAttachments($id: ID!) {\n    event(id: $id) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EventAttachments($id: ID!) {\n    event(id: $id) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveAttachment($id: ID!) {\n    removeAttachment(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveAttachment($id: ID!) {\n    removeAttachment(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IndicatorFields on Indicator {\n    id\n    name\n    unit\n    target\n    achieved\n    source\n    eventTypes\n    sideId\n    twinningStatus\n    twinningKinds\n    countedEvents {\n      id\n      title\n      startsAt\n    }\n    version\n  }\n',
): (typeof documents)['\n  fragment IndicatorFields on Indicator {\n    id\n    name\n    unit\n    target\n    achieved\n    source\n    eventTypes\n    sideId\n    twinningStatus\n    twinningKinds\n    countedEvents {\n      id\n      title\n      startsAt\n    }\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Indicators($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      canEdit\n      languages\n      indicators {\n        ...IndicatorFields\n      }\n      actions {\n        id\n        code\n        title\n      }\n      sides {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Indicators($programmeId: ID!) {\n    programme(id: $programmeId) {\n      id\n      canEdit\n      languages\n      indicators {\n        ...IndicatorFields\n      }\n      actions {\n        id\n        code\n        title\n      }\n      sides {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateIndicator($programmeId: ID!, $input: IndicatorInput!) {\n    createIndicator(programmeId: $programmeId, input: $input) {\n      ...IndicatorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateIndicator($programmeId: ID!, $input: IndicatorInput!) {\n    createIndicator(programmeId: $programmeId, input: $input) {\n      ...IndicatorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateIndicator($id: ID!, $version: Int!, $input: IndicatorInput!) {\n    updateIndicator(id: $id, version: $version, input: $input) {\n      ...IndicatorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateIndicator($id: ID!, $version: Int!, $input: IndicatorInput!) {\n    updateIndicator(id: $id, version: $version, input: $input) {\n      ...IndicatorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveIndicator($id: ID!, $version: Int!) {\n    removeIndicator(id: $id, version: $version)\n  }\n',
): (typeof documents)['\n  mutation RemoveIndicator($id: ID!, $version: Int!) {\n    removeIndicator(id: $id, version: $version)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MissingTranslations($programmeId: ID!) {\n    missingTranslations(programmeId: $programmeId) {\n      recordType\n      recordId\n      label\n      field\n      missingLanguages\n      link\n    }\n  }\n',
): (typeof documents)['\n  query MissingTranslations($programmeId: ID!) {\n    missingTranslations(programmeId: $programmeId) {\n      recordType\n      recordId\n      label\n      field\n      missingLanguages\n      link\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MonitoringProgramme($programmeId: ID!) {\n    me {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n    programme(id: $programmeId) {\n      id\n      code\n      canEdit\n      viewerCan {\n        edit\n        raiseIssue\n      }\n      sides {\n        id\n        name\n        country\n        position\n      }\n      partners {\n        id\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MonitoringProgramme($programmeId: ID!) {\n    me {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n    programme(id: $programmeId) {\n      id\n      code\n      canEdit\n      viewerCan {\n        edit\n        raiseIssue\n      }\n      sides {\n        id\n        name\n        country\n        position\n      }\n      partners {\n        id\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IssueSummary on MonitoringIssue {\n    id\n    kind\n    category\n    severity\n    title\n    status\n    createdAt\n    raisedBy {\n      id\n      name\n      nameEn\n    }\n    assignee {\n      id\n      name\n    }\n    round {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment IssueSummary on MonitoringIssue {\n    id\n    kind\n    category\n    severity\n    title\n    status\n    createdAt\n    raisedBy {\n      id\n      name\n      nameEn\n    }\n    assignee {\n      id\n      name\n    }\n    round {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IssueDetails on MonitoringIssue {\n    ...IssueSummary\n    programmeId\n    description\n    resolution\n    version\n    updatedAt\n    viewerCan {\n      comment\n      statuses\n    }\n    reportedBy {\n      id\n      name\n    }\n    event {\n      id\n      title\n    }\n    comments {\n      id\n      at\n      text\n      movedTo\n      author {\n        id\n        name\n      }\n    }\n    history {\n      id\n      at\n      fromStatus\n      toStatus\n      changedBy {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment IssueDetails on MonitoringIssue {\n    ...IssueSummary\n    programmeId\n    description\n    resolution\n    version\n    updatedAt\n    viewerCan {\n      comment\n      statuses\n    }\n    reportedBy {\n      id\n      name\n    }\n    event {\n      id\n      title\n    }\n    comments {\n      id\n      at\n      text\n      movedTo\n      author {\n        id\n        name\n      }\n    }\n    history {\n      id\n      at\n      fromStatus\n      toStatus\n      changedBy {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MonitoringIssues(\n    $programmeId: ID!\n    $status: IssueStatus\n    $kind: IssueKind\n    $category: IssueCategory\n    $severity: IssueSeverity\n    $roundId: ID\n    $raisedById: ID\n    $limit: Int!\n    $offset: Int!\n  ) {\n    monitoringIssues(\n      programmeId: $programmeId\n      status: $status\n      kind: $kind\n      category: $category\n      severity: $severity\n      roundId: $roundId\n      raisedById: $raisedById\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...IssueSummary\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MonitoringIssues(\n    $programmeId: ID!\n    $status: IssueStatus\n    $kind: IssueKind\n    $category: IssueCategory\n    $severity: IssueSeverity\n    $roundId: ID\n    $raisedById: ID\n    $limit: Int!\n    $offset: Int!\n  ) {\n    monitoringIssues(\n      programmeId: $programmeId\n      status: $status\n      kind: $kind\n      category: $category\n      severity: $severity\n      roundId: $roundId\n      raisedById: $raisedById\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...IssueSummary\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MonitoringIssue($id: ID!) {\n    monitoringIssue(id: $id) {\n      ...IssueDetails\n    }\n  }\n',
): (typeof documents)['\n  query MonitoringIssue($id: ID!) {\n    monitoringIssue(id: $id) {\n      ...IssueDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MonitoringEvents($programmeId: ID!) {\n    events(programmeId: $programmeId, limit: 200) {\n      items {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MonitoringEvents($programmeId: ID!) {\n    events(programmeId: $programmeId, limit: 200) {\n      items {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IssueAssignees($programmeId: ID!) {\n    issueAssignees(programmeId: $programmeId) {\n      id\n      name\n      role\n    }\n  }\n',
): (typeof documents)['\n  query IssueAssignees($programmeId: ID!) {\n    issueAssignees(programmeId: $programmeId) {\n      id\n      name\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RaiseIssue($programmeId: ID!, $input: IssueInput!) {\n    raiseIssue(programmeId: $programmeId, input: $input) {\n      ...IssueDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation RaiseIssue($programmeId: ID!, $input: IssueInput!) {\n    raiseIssue(programmeId: $programmeId, input: $input) {\n      ...IssueDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateIssue($id: ID!, $version: Int!, $input: IssueInput!) {\n    updateIssue(id: $id, version: $version, input: $input) {\n      ...IssueDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateIssue($id: ID!, $version: Int!, $input: IssueInput!) {\n    updateIssue(id: $id, version: $version, input: $input) {\n      ...IssueDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeIssueStatus(\n    $id: ID!\n    $version: Int!\n    $status: IssueStatus!\n    $comment: String\n    $resolution: String\n  ) {\n    changeIssueStatus(\n      id: $id\n      version: $version\n      status: $status\n      comment: $comment\n      resolution: $resolution\n    ) {\n      ...IssueDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeIssueStatus(\n    $id: ID!\n    $version: Int!\n    $status: IssueStatus!\n    $comment: String\n    $resolution: String\n  ) {\n    changeIssueStatus(\n      id: $id\n      version: $version\n      status: $status\n      comment: $comment\n      resolution: $resolution\n    ) {\n      ...IssueDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignIssue($id: ID!, $version: Int!, $assigneeId: ID) {\n    assignIssue(id: $id, version: $version, assigneeId: $assigneeId) {\n      ...IssueDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignIssue($id: ID!, $version: Int!, $assigneeId: ID) {\n    assignIssue(id: $id, version: $version, assigneeId: $assigneeId) {\n      ...IssueDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CommentOnIssue($issueId: ID!, $text: String!) {\n    commentOnIssue(issueId: $issueId, text: $text) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CommentOnIssue($issueId: ID!, $text: String!) {\n    commentOnIssue(issueId: $issueId, text: $text) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RoundSummary on MonitoringRound {\n    id\n    title\n    periodStart\n    periodEnd\n    status\n    version\n    sides {\n      sideId\n      partners\n      submitted\n      problems\n      expectations\n      total\n    }\n  }\n',
): (typeof documents)['\n  fragment RoundSummary on MonitoringRound {\n    id\n    title\n    periodStart\n    periodEnd\n    status\n    version\n    sides {\n      sideId\n      partners\n      submitted\n      problems\n      expectations\n      total\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MonitoringRounds($programmeId: ID!) {\n    monitoringRounds(programmeId: $programmeId) {\n      ...RoundSummary\n    }\n  }\n',
): (typeof documents)['\n  query MonitoringRounds($programmeId: ID!) {\n    monitoringRounds(programmeId: $programmeId) {\n      ...RoundSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MonitoringRound($id: ID!) {\n    monitoringRound(id: $id) {\n      ...RoundSummary\n      programmeId\n      prompts\n      closedAt\n      createdAt\n      openedBy {\n        id\n        name\n      }\n      partners {\n        partnerId\n        sideId\n        submitted\n        submittedAt\n        problems\n        expectations\n        total\n      }\n      results {\n        byCategory {\n          category\n          problems\n          expectations\n          total\n        }\n        bySeverity {\n          severity\n          problems\n          expectations\n          total\n        }\n        byCategoryAndSeverity {\n          category\n          severity\n          total\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MonitoringRound($id: ID!) {\n    monitoringRound(id: $id) {\n      ...RoundSummary\n      programmeId\n      prompts\n      closedAt\n      createdAt\n      openedBy {\n        id\n        name\n      }\n      partners {\n        partnerId\n        sideId\n        submitted\n        submittedAt\n        problems\n        expectations\n        total\n      }\n      results {\n        byCategory {\n          category\n          problems\n          expectations\n          total\n        }\n        bySeverity {\n          severity\n          problems\n          expectations\n          total\n        }\n        byCategoryAndSeverity {\n          category\n          severity\n          total\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenMonitoringRound($programmeId: ID!, $input: RoundInput!) {\n    openMonitoringRound(programmeId: $programmeId, input: $input) {\n      ...RoundSummary\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenMonitoringRound($programmeId: ID!, $input: RoundInput!) {\n    openMonitoringRound(programmeId: $programmeId, input: $input) {\n      ...RoundSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseMonitoringRound($id: ID!, $version: Int!) {\n    closeMonitoringRound(id: $id, version: $version) {\n      ...RoundSummary\n      closedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseMonitoringRound($id: ID!, $version: Int!) {\n    closeMonitoringRound(id: $id, version: $version) {\n      ...RoundSummary\n      closedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitRoundAnswers($roundId: ID!, $partnerId: ID) {\n    submitRoundAnswers(roundId: $roundId, partnerId: $partnerId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitRoundAnswers($roundId: ID!, $partnerId: ID) {\n    submitRoundAnswers(roundId: $roundId, partnerId: $partnerId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Organisations(\n    $search: String\n    $country: String\n    $kind: OrganisationKind\n    $limit: Int!\n    $offset: Int!\n  ) {\n    organisations(search: $search, country: $country, kind: $kind, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        name\n        nameEn\n        kind\n        country\n        region\n        population\n        parent {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Organisations(\n    $search: String\n    $country: String\n    $kind: OrganisationKind\n    $limit: Int!\n    $offset: Int!\n  ) {\n    organisations(search: $search, country: $country, kind: $kind, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        name\n        nameEn\n        kind\n        country\n        region\n        population\n        parent {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrganisationOptionFields on Organisation {\n    id\n    name\n    nameEn\n    country\n  }\n',
): (typeof documents)['\n  fragment OrganisationOptionFields on Organisation {\n    id\n    name\n    nameEn\n    country\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisationOptions($search: String, $limit: Int!) {\n    organisations(search: $search, limit: $limit) {\n      total\n      items {\n        ...OrganisationOptionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganisationOptions($search: String, $limit: Int!) {\n    organisations(search: $search, limit: $limit) {\n      total\n      items {\n        ...OrganisationOptionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrganisationDetailFields on Organisation {\n    id\n    name\n    nameEn\n    kind\n    country\n    region\n    population\n    councilsInRegion\n    version\n    parent {\n      id\n      name\n      nameEn\n      country\n    }\n    coverage {\n      basis\n      members\n      councils\n      percent\n      asOf\n      listedMembers\n    }\n    declaredMembers {\n      ...DeclaredMembersFields\n    }\n  }\n',
): (typeof documents)['\n  fragment OrganisationDetailFields on Organisation {\n    id\n    name\n    nameEn\n    kind\n    country\n    region\n    population\n    councilsInRegion\n    version\n    parent {\n      id\n      name\n      nameEn\n      country\n    }\n    coverage {\n      basis\n      members\n      councils\n      percent\n      asOf\n      listedMembers\n    }\n    declaredMembers {\n      ...DeclaredMembersFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeclaredMembersFields on DeclaredMembers {\n    id\n    asOf\n    count\n    eligibleCount\n    statedPercent\n    percent\n    source\n  }\n',
): (typeof documents)['\n  fragment DeclaredMembersFields on DeclaredMembers {\n    id\n    asOf\n    count\n    eligibleCount\n    statedPercent\n    percent\n    source\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclareMembers($associationId: ID!, $input: DeclaredMembersInput!) {\n    declareMembers(associationId: $associationId, input: $input) {\n      ...DeclaredMembersFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclareMembers($associationId: ID!, $input: DeclaredMembersInput!) {\n    declareMembers(associationId: $associationId, input: $input) {\n      ...DeclaredMembersFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveDeclaredMembers($id: ID!) {\n    removeDeclaredMembers(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveDeclaredMembers($id: ID!) {\n    removeDeclaredMembers(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MembershipFields on Membership {\n    id\n    joinedOn\n    leftOn\n    version\n  }\n',
): (typeof documents)['\n  fragment MembershipFields on Membership {\n    id\n    joinedOn\n    leftOn\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetailFields\n      members {\n        ...MembershipFields\n        member {\n          id\n          name\n          nameEn\n          kind\n          country\n        }\n      }\n      memberOf {\n        ...MembershipFields\n        association {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetailFields\n      members {\n        ...MembershipFields\n        member {\n          id\n          name\n          nameEn\n          kind\n          country\n        }\n      }\n      memberOf {\n        ...MembershipFields\n        association {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      ...OrganisationDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      ...OrganisationDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddMember($associationId: ID!, $memberId: ID!, $joinedOn: LocalDate!) {\n    addMember(associationId: $associationId, memberId: $memberId, joinedOn: $joinedOn) {\n      ...MembershipFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddMember($associationId: ID!, $memberId: ID!, $joinedOn: LocalDate!) {\n    addMember(associationId: $associationId, memberId: $memberId, joinedOn: $joinedOn) {\n      ...MembershipFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndMembership($id: ID!, $version: Int!, $leftOn: LocalDate) {\n    endMembership(id: $id, version: $version, leftOn: $leftOn) {\n      ...MembershipFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EndMembership($id: ID!, $version: Int!, $leftOn: LocalDate) {\n    endMembership(id: $id, version: $version, leftOn: $leftOn) {\n      ...MembershipFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportOrganisations($search: String, $country: String, $kind: OrganisationKind) {\n    exportOrganisations(search: $search, country: $country, kind: $kind)\n  }\n',
): (typeof documents)['\n  query ExportOrganisations($search: String, $country: String, $kind: OrganisationKind) {\n    exportOrganisations(search: $search, country: $country, kind: $kind)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PreviewOrganisationImport($csv: String!) {\n    previewOrganisationImport(csv: $csv) {\n      ...ImportPreviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PreviewOrganisationImport($csv: String!) {\n    previewOrganisationImport(csv: $csv) {\n      ...ImportPreviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportOrganisations($csv: String!) {\n    importOrganisations(csv: $csv) {\n      ...ImportPreviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportOrganisations($csv: String!) {\n    importOrganisations(csv: $csv) {\n      ...ImportPreviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgrammeReport($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      title\n      summary\n      status\n      startsOn\n      endsOn\n      currency\n      languages\n      translations {\n        language\n        title\n        text\n      }\n      sides {\n        id\n        name\n        country\n      }\n      partners {\n        id\n        role\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      actions {\n        id\n        code\n        title\n        status\n        progress\n        dueOn\n        overdue\n        parent {\n          id\n        }\n      }\n      indicators {\n        id\n        name\n        unit\n        target\n        achieved\n      }\n      budget {\n        currency\n        total {\n          planned\n          spent\n        }\n        bySide {\n          id\n          planned\n          spent\n        }\n      }\n    }\n    programmeDashboard(programmeId: $id) {\n      programmeId\n      overallProgress\n      overdueActions\n      twinningByStatus {\n        status\n        count\n      }\n      issuesByStatus {\n        status\n        count\n      }\n      cooperation {\n        activeTwinning {\n          ...PublicTwinningFields\n        }\n        issuesByCategory {\n          category\n          count\n        }\n        severeOpenIssues {\n          id\n          title\n          category\n          severity\n          status\n          raisedBy\n          raisedAt\n        }\n        reporting {\n          periodId\n          startsOn\n          endsOn\n          dueOn\n          partners {\n            partnerId\n            organisation\n            submittedOnTime\n            late\n          }\n        }\n      }\n    }\n    events(programmeId: $id, limit: 200) {\n      total\n      items {\n        id\n        type\n        title\n        status\n        startsAt\n        endsAt\n        timeZone\n        venue\n        totalAttendees\n        organiser {\n          id\n          organisation {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProgrammeReport($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      title\n      summary\n      status\n      startsOn\n      endsOn\n      currency\n      languages\n      translations {\n        language\n        title\n        text\n      }\n      sides {\n        id\n        name\n        country\n      }\n      partners {\n        id\n        role\n        side {\n          id\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      actions {\n        id\n        code\n        title\n        status\n        progress\n        dueOn\n        overdue\n        parent {\n          id\n        }\n      }\n      indicators {\n        id\n        name\n        unit\n        target\n        achieved\n      }\n      budget {\n        currency\n        total {\n          planned\n          spent\n        }\n        bySide {\n          id\n          planned\n          spent\n        }\n      }\n    }\n    programmeDashboard(programmeId: $id) {\n      programmeId\n      overallProgress\n      overdueActions\n      twinningByStatus {\n        status\n        count\n      }\n      issuesByStatus {\n        status\n        count\n      }\n      cooperation {\n        activeTwinning {\n          ...PublicTwinningFields\n        }\n        issuesByCategory {\n          category\n          count\n        }\n        severeOpenIssues {\n          id\n          title\n          category\n          severity\n          status\n          raisedBy\n          raisedAt\n        }\n        reporting {\n          periodId\n          startsOn\n          endsOn\n          dueOn\n          partners {\n            partnerId\n            organisation\n            submittedOnTime\n            late\n          }\n        }\n      }\n    }\n    events(programmeId: $id, limit: 200) {\n      total\n      items {\n        id\n        type\n        title\n        status\n        startsAt\n        endsAt\n        timeZone\n        venue\n        totalAttendees\n        organiser {\n          id\n          organisation {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Programmes($status: ProgrammeStatus) {\n    programmes(status: $status) {\n      id\n      code\n      title\n      status\n      startsOn\n      endsOn\n      published\n      languages\n      translations {\n        language\n        title\n        text\n      }\n      sides {\n        id\n        name\n        country\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Programmes($status: ProgrammeStatus) {\n    programmes(status: $status) {\n      id\n      code\n      title\n      status\n      startsOn\n      endsOn\n      published\n      languages\n      translations {\n        language\n        title\n        text\n      }\n      sides {\n        id\n        name\n        country\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProgrammeDetailFields on Programme {\n    id\n    code\n    title\n    summary\n    status\n    startsOn\n    endsOn\n    published\n    version\n    canEdit\n    currency\n    languages\n    translations {\n      language\n      title\n      text\n    }\n    sides {\n      id\n      name\n      country\n      position\n    }\n    partners {\n      id\n      role\n      version\n      side {\n        id\n        name\n        country\n      }\n      organisation {\n        id\n        name\n        nameEn\n        kind\n        country\n      }\n    }\n    coordinators {\n      id\n      name\n      email\n    }\n    signatories {\n      id\n      person\n      position\n      signedOn\n      organisation {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ProgrammeDetailFields on Programme {\n    id\n    code\n    title\n    summary\n    status\n    startsOn\n    endsOn\n    published\n    version\n    canEdit\n    currency\n    languages\n    translations {\n      language\n      title\n      text\n    }\n    sides {\n      id\n      name\n      country\n      position\n    }\n    partners {\n      id\n      role\n      version\n      side {\n        id\n        name\n        country\n      }\n      organisation {\n        id\n        name\n        nameEn\n        kind\n        country\n      }\n    }\n    coordinators {\n      id\n      name\n      email\n    }\n    signatories {\n      id\n      person\n      position\n      signedOn\n      organisation {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeDetailFields\n    }\n  }\n',
): (typeof documents)['\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      code\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      code\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProgramme($id: ID!, $version: Int!, $input: UpdateProgrammeInput!) {\n    updateProgramme(id: $id, version: $version, input: $input) {\n      ...ProgrammeDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProgramme($id: ID!, $version: Int!, $input: UpdateProgrammeInput!) {\n    updateProgramme(id: $id, version: $version, input: $input) {\n      ...ProgrammeDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishProgramme($id: ID!, $version: Int!, $published: Boolean!) {\n    publishProgramme(id: $id, version: $version, published: $published) {\n      id\n      published\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishProgramme($id: ID!, $version: Int!, $published: Boolean!) {\n    publishProgramme(id: $id, version: $version, published: $published) {\n      id\n      published\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddPartner($programmeId: ID!, $organisationId: ID!, $sideId: ID!, $role: PartnerRole!) {\n    addPartner(\n      programmeId: $programmeId\n      organisationId: $organisationId\n      sideId: $sideId\n      role: $role\n    ) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddPartner($programmeId: ID!, $organisationId: ID!, $sideId: ID!, $role: PartnerRole!) {\n    addPartner(\n      programmeId: $programmeId\n      organisationId: $organisationId\n      sideId: $sideId\n      role: $role\n    ) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePartner($id: ID!, $version: Int!, $input: PartnerChangeInput!) {\n    updatePartner(id: $id, version: $version, input: $input) {\n      id\n      role\n      version\n      side {\n        id\n        name\n        country\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePartner($id: ID!, $version: Int!, $input: PartnerChangeInput!) {\n    updatePartner(id: $id, version: $version, input: $input) {\n      id\n      role\n      version\n      side {\n        id\n        name\n        country\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemovePartner($id: ID!, $version: Int!) {\n    removePartner(id: $id, version: $version)\n  }\n',
): (typeof documents)['\n  mutation RemovePartner($id: ID!, $version: Int!) {\n    removePartner(id: $id, version: $version)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddProgrammeSide($programmeId: ID!, $input: SideInput!) {\n    addProgrammeSide(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddProgrammeSide($programmeId: ID!, $input: SideInput!) {\n    addProgrammeSide(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProgrammeSide($id: ID!, $input: SideInput!) {\n    updateProgrammeSide(id: $id, input: $input) {\n      id\n      name\n      country\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProgrammeSide($id: ID!, $input: SideInput!) {\n    updateProgrammeSide(id: $id, input: $input) {\n      id\n      name\n      country\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveProgrammeSide($id: ID!) {\n    removeProgrammeSide(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveProgrammeSide($id: ID!) {\n    removeProgrammeSide(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddSignatory($programmeId: ID!, $input: SignatoryInput!) {\n    addSignatory(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddSignatory($programmeId: ID!, $input: SignatoryInput!) {\n    addSignatory(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveSignatory($id: ID!) {\n    removeSignatory(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveSignatory($id: ID!) {\n    removeSignatory(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCoordinator($programmeId: ID!, $userId: ID!) {\n    addCoordinator(programmeId: $programmeId, userId: $userId)\n  }\n',
): (typeof documents)['\n  mutation AddCoordinator($programmeId: ID!, $userId: ID!) {\n    addCoordinator(programmeId: $programmeId, userId: $userId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveCoordinator($programmeId: ID!, $userId: ID!) {\n    removeCoordinator(programmeId: $programmeId, userId: $userId)\n  }\n',
): (typeof documents)['\n  mutation RemoveCoordinator($programmeId: ID!, $userId: ID!) {\n    removeCoordinator(programmeId: $programmeId, userId: $userId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CoordinatorCandidates($limit: Int!) {\n    users(role: COORDINATOR, limit: $limit) {\n      items {\n        id\n        name\n        email\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CoordinatorCandidates($limit: Int!) {\n    users(role: COORDINATOR, limit: $limit) {\n      items {\n        id\n        name\n        email\n        active\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportingPeriodFields on ReportingPeriod {\n    id\n    version\n    startsOn\n    endsOn\n    dueOn\n  }\n',
): (typeof documents)['\n  fragment ReportingPeriodFields on ReportingPeriod {\n    id\n    version\n    startsOn\n    endsOn\n    dueOn\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingStatus($programmeId: ID!) {\n    me {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n    programme(id: $programmeId) {\n      id\n      code\n      startsOn\n      endsOn\n      canEdit\n    }\n    reportingStatus(programmeId: $programmeId) {\n      programmeId\n      asOf\n      lateCount\n      periods {\n        ...ReportingPeriodFields\n      }\n      partners {\n        id\n        side {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      cells {\n        periodId\n        partnerId\n        reportId\n        status\n        submittedAt\n        late\n        submittedOnTime\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportingStatus($programmeId: ID!) {\n    me {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n    programme(id: $programmeId) {\n      id\n      code\n      startsOn\n      endsOn\n      canEdit\n    }\n    reportingStatus(programmeId: $programmeId) {\n      programmeId\n      asOf\n      lateCount\n      periods {\n        ...ReportingPeriodFields\n      }\n      partners {\n        id\n        side {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n          nameEn\n        }\n      }\n      cells {\n        periodId\n        partnerId\n        reportId\n        status\n        submittedAt\n        late\n        submittedOnTime\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgressReports($programmeId: ID!) {\n    progressReports(programmeId: $programmeId) {\n      id\n      status\n      periodStart\n      periodEnd\n      submittedAt\n      late\n      partner {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProgressReports($programmeId: ID!) {\n    progressReports(programmeId: $programmeId) {\n      id\n      status\n      periodStart\n      periodEnd\n      submittedAt\n      late\n      partner {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProgressReportFields on ProgressReport {\n    id\n    version\n    programmeId\n    status\n    periodStart\n    periodEnd\n    narrative\n    submittedAt\n    firstSubmittedAt\n    late\n    canEdit\n    canReview\n    updatedAt\n    period {\n      id\n      dueOn\n    }\n    submittedBy {\n      id\n      name\n    }\n    partner {\n      id\n      side {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        nameEn\n      }\n    }\n    reviews {\n      id\n      decision\n      comment\n      at\n      author {\n        id\n        name\n      }\n    }\n    content {\n      frozenAt\n      actions {\n        actionId\n        code\n        title\n        fromProgress\n        toProgress\n        fromStatus\n        toStatus\n        notes {\n          at\n          progress\n          status\n          note\n        }\n      }\n      events {\n        eventId\n        type\n        title\n        startsAt\n        endsAt\n        timeZone\n        venue\n        outcomes\n        totalAttendees\n        attendees {\n          sideId\n          sideName\n          count\n        }\n      }\n      attendeesBySide {\n        sideId\n        sideName\n        count\n      }\n      indicators {\n        indicatorId\n        name\n        unit\n        target\n        achieved\n        source\n        inPeriod\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ProgressReportFields on ProgressReport {\n    id\n    version\n    programmeId\n    status\n    periodStart\n    periodEnd\n    narrative\n    submittedAt\n    firstSubmittedAt\n    late\n    canEdit\n    canReview\n    updatedAt\n    period {\n      id\n      dueOn\n    }\n    submittedBy {\n      id\n      name\n    }\n    partner {\n      id\n      side {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        nameEn\n      }\n    }\n    reviews {\n      id\n      decision\n      comment\n      at\n      author {\n        id\n        name\n      }\n    }\n    content {\n      frozenAt\n      actions {\n        actionId\n        code\n        title\n        fromProgress\n        toProgress\n        fromStatus\n        toStatus\n        notes {\n          at\n          progress\n          status\n          note\n        }\n      }\n      events {\n        eventId\n        type\n        title\n        startsAt\n        endsAt\n        timeZone\n        venue\n        outcomes\n        totalAttendees\n        attendees {\n          sideId\n          sideName\n          count\n        }\n      }\n      attendeesBySide {\n        sideId\n        sideName\n        count\n      }\n      indicators {\n        indicatorId\n        name\n        unit\n        target\n        achieved\n        source\n        inPeriod\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgressReport($id: ID!, $programmeId: ID!) {\n    progressReport(id: $id) {\n      ...ProgressReportFields\n    }\n    programme(id: $programmeId) {\n      id\n      code\n    }\n  }\n',
): (typeof documents)['\n  query ProgressReport($id: ID!, $programmeId: ID!) {\n    progressReport(id: $id) {\n      ...ProgressReportFields\n    }\n    programme(id: $programmeId) {\n      id\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProgressReport($programmeId: ID!, $partnerId: ID!, $input: ReportInput!) {\n    createProgressReport(programmeId: $programmeId, partnerId: $partnerId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProgressReport($programmeId: ID!, $partnerId: ID!, $input: ReportInput!) {\n    createProgressReport(programmeId: $programmeId, partnerId: $partnerId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProgressReport($id: ID!, $version: Int!, $input: ReportInput!) {\n    updateProgressReport(id: $id, version: $version, input: $input) {\n      ...ProgressReportFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProgressReport($id: ID!, $version: Int!, $input: ReportInput!) {\n    updateProgressReport(id: $id, version: $version, input: $input) {\n      ...ProgressReportFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitProgressReport($id: ID!, $version: Int!) {\n    submitProgressReport(id: $id, version: $version) {\n      ...ProgressReportFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitProgressReport($id: ID!, $version: Int!) {\n    submitProgressReport(id: $id, version: $version) {\n      ...ProgressReportFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewProgressReport(\n    $id: ID!\n    $version: Int!\n    $decision: ReviewDecision!\n    $comment: String\n  ) {\n    reviewProgressReport(id: $id, version: $version, decision: $decision, comment: $comment) {\n      ...ProgressReportFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewProgressReport(\n    $id: ID!\n    $version: Int!\n    $decision: ReviewDecision!\n    $comment: String\n  ) {\n    reviewProgressReport(id: $id, version: $version, decision: $decision, comment: $comment) {\n      ...ProgressReportFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateReportingPeriod($programmeId: ID!, $input: ReportingPeriodInput!) {\n    createReportingPeriod(programmeId: $programmeId, input: $input) {\n      ...ReportingPeriodFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateReportingPeriod($programmeId: ID!, $input: ReportingPeriodInput!) {\n    createReportingPeriod(programmeId: $programmeId, input: $input) {\n      ...ReportingPeriodFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateReportingPeriod($id: ID!, $version: Int!, $input: ReportingPeriodInput!) {\n    updateReportingPeriod(id: $id, version: $version, input: $input) {\n      ...ReportingPeriodFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateReportingPeriod($id: ID!, $version: Int!, $input: ReportingPeriodInput!) {\n    updateReportingPeriod(id: $id, version: $version, input: $input) {\n      ...ReportingPeriodFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveReportingPeriod($id: ID!, $version: Int!) {\n    removeReportingPeriod(id: $id, version: $version)\n  }\n',
): (typeof documents)['\n  mutation RemoveReportingPeriod($id: ID!, $version: Int!) {\n    removeReportingPeriod(id: $id, version: $version)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GenerateReportingPeriods($programmeId: ID!, $months: Int, $dueDays: Int) {\n    generateReportingPeriods(programmeId: $programmeId, months: $months, dueDays: $dueDays) {\n      ...ReportingPeriodFields\n    }\n  }\n',
): (typeof documents)['\n  mutation GenerateReportingPeriods($programmeId: ID!, $months: Int, $dueDays: Int) {\n    generateReportingPeriods(programmeId: $programmeId, months: $months, dueDays: $dueDays) {\n      ...ReportingPeriodFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PublicTwinningFields on PublicTwinning {\n    organisations {\n      name\n      nameEn\n      country\n    }\n    kind\n    since\n    areas\n  }\n',
): (typeof documents)['\n  fragment PublicTwinningFields on PublicTwinning {\n    organisations {\n      name\n      nameEn\n      country\n    }\n    kind\n    since\n    areas\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicProgramme($code: String!, $language: String) {\n    publicProgramme(code: $code, language: $language) {\n      code\n      title\n      summary\n      language\n      status\n      startsOn\n      endsOn\n      overallProgress\n      sides {\n        id\n        name\n        country\n      }\n      partners {\n        name\n        nameEn\n        country\n        sideId\n        role\n      }\n      actions {\n        code\n        title\n        status\n        progress\n      }\n      events {\n        type\n        title\n        startsAt\n        endsAt\n        timeZone\n        venue\n        organiser\n        outcomes\n      }\n      twinning {\n        ...PublicTwinningFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PublicProgramme($code: String!, $language: String) {\n    publicProgramme(code: $code, language: $language) {\n      code\n      title\n      summary\n      language\n      status\n      startsOn\n      endsOn\n      overallProgress\n      sides {\n        id\n        name\n        country\n      }\n      partners {\n        name\n        nameEn\n        country\n        sideId\n        role\n      }\n      actions {\n        code\n        title\n        status\n        progress\n      }\n      events {\n        type\n        title\n        startsAt\n        endsAt\n        timeZone\n        venue\n        organiser\n        outcomes\n      }\n      twinning {\n        ...PublicTwinningFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TwinningParty on Organisation {\n    id\n    name\n    nameEn\n    country\n  }\n',
): (typeof documents)['\n  fragment TwinningParty on Organisation {\n    id\n    name\n    nameEn\n    country\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TwinningSummary on TwinningRelation {\n    id\n    kind\n    status\n    since\n    areas\n    organisationA {\n      ...TwinningParty\n    }\n    organisationB {\n      ...TwinningParty\n    }\n    programme {\n      id\n      code\n    }\n  }\n',
): (typeof documents)['\n  fragment TwinningSummary on TwinningRelation {\n    id\n    kind\n    status\n    since\n    areas\n    organisationA {\n      ...TwinningParty\n    }\n    organisationB {\n      ...TwinningParty\n    }\n    programme {\n      id\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TwinningDetails on TwinningRelation {\n    ...TwinningSummary\n    version\n    description\n    programmeId\n    canChange\n    viewerCan {\n      edit\n      statuses\n    }\n    contacts {\n      organisationId\n      name\n      position\n      email\n      phone\n    }\n    history {\n      id\n      fromStatus\n      toStatus\n      effectiveOn\n      at\n      note\n      author {\n        id\n        name\n      }\n    }\n    events {\n      id\n      programmeId\n      title\n      type\n      startsAt\n      timeZone\n      status\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n',
): (typeof documents)['\n  fragment TwinningDetails on TwinningRelation {\n    ...TwinningSummary\n    version\n    description\n    programmeId\n    canChange\n    viewerCan {\n      edit\n      statuses\n    }\n    contacts {\n      organisationId\n      name\n      position\n      email\n      phone\n    }\n    history {\n      id\n      fromStatus\n      toStatus\n      effectiveOn\n      at\n      note\n      author {\n        id\n        name\n      }\n    }\n    events {\n      id\n      programmeId\n      title\n      type\n      startsAt\n      timeZone\n      status\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TwinningRelations(\n    $programmeId: ID\n    $status: TwinningStatus\n    $country: String\n    $area: String\n  ) {\n    twinningRelations(programmeId: $programmeId, status: $status, country: $country, area: $area) {\n      ...TwinningSummary\n    }\n  }\n',
): (typeof documents)['\n  query TwinningRelations(\n    $programmeId: ID\n    $status: TwinningStatus\n    $country: String\n    $area: String\n  ) {\n    twinningRelations(programmeId: $programmeId, status: $status, country: $country, area: $area) {\n      ...TwinningSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TwinningAreas {\n    twinningAreas\n  }\n',
): (typeof documents)['\n  query TwinningAreas {\n    twinningAreas\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TwinningRelation($id: ID!) {\n    twinningRelation(id: $id) {\n      ...TwinningDetails\n    }\n  }\n',
): (typeof documents)['\n  query TwinningRelation($id: ID!) {\n    twinningRelation(id: $id) {\n      ...TwinningDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TwinningProgrammes {\n    programmes {\n      id\n      code\n      title\n      status\n      canEdit\n    }\n  }\n',
): (typeof documents)['\n  query TwinningProgrammes {\n    programmes {\n      id\n      code\n      title\n      status\n      canEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TwinningEventOptions($programmeId: ID!) {\n    events(programmeId: $programmeId, limit: 200) {\n      items {\n        id\n        title\n        startsAt\n        timeZone\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TwinningEventOptions($programmeId: ID!) {\n    events(programmeId: $programmeId, limit: 200) {\n      items {\n        id\n        title\n        startsAt\n        timeZone\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTwinning($input: TwinningInput!) {\n    createTwinningRelation(input: $input) {\n      ...TwinningDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTwinning($input: TwinningInput!) {\n    createTwinningRelation(input: $input) {\n      ...TwinningDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTwinning($id: ID!, $version: Int!, $input: TwinningDetailsInput!) {\n    updateTwinningRelation(id: $id, version: $version, input: $input) {\n      ...TwinningDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTwinning($id: ID!, $version: Int!, $input: TwinningDetailsInput!) {\n    updateTwinningRelation(id: $id, version: $version, input: $input) {\n      ...TwinningDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeTwinningStatus(\n    $id: ID!\n    $version: Int!\n    $status: TwinningStatus!\n    $note: String\n    $on: LocalDate\n  ) {\n    changeTwinningStatus(id: $id, version: $version, status: $status, note: $note, on: $on) {\n      ...TwinningDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeTwinningStatus(\n    $id: ID!\n    $version: Int!\n    $status: TwinningStatus!\n    $note: String\n    $on: LocalDate\n  ) {\n    changeTwinningStatus(id: $id, version: $version, status: $status, note: $note, on: $on) {\n      ...TwinningDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkTwinningEvent($id: ID!, $eventId: ID!) {\n    linkTwinningEvent(id: $id, eventId: $eventId) {\n      ...TwinningDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation LinkTwinningEvent($id: ID!, $eventId: ID!) {\n    linkTwinningEvent(id: $id, eventId: $eventId) {\n      ...TwinningDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnlinkTwinningEvent($id: ID!, $eventId: ID!) {\n    unlinkTwinningEvent(id: $id, eventId: $eventId) {\n      ...TwinningDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation UnlinkTwinningEvent($id: ID!, $eventId: ID!) {\n    unlinkTwinningEvent(id: $id, eventId: $eventId) {\n      ...TwinningDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TwinningTabProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      canEdit\n      sides {\n        id\n        country\n        position\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TwinningTabProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      canEdit\n      sides {\n        id\n        country\n        position\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserRowFields on User {\n    id\n    email\n    name\n    role\n    active\n    version\n    createdAt\n    lastSignInAt\n    organisation {\n      id\n      name\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  fragment UserRowFields on User {\n    id\n    email\n    name\n    role\n    active\n    version\n    createdAt\n    lastSignInAt\n    organisation {\n      id\n      name\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users($search: String, $role: Role, $limit: Int!, $offset: Int!) {\n    users(search: $search, role: $role, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Users($search: String, $role: Role, $limit: Int!, $offset: Int!) {\n    users(search: $search, role: $role, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImportPreviewFields on ImportPreview {\n    valid\n    creates\n    updates\n    unchanged\n    rows {\n      line\n      action\n      label\n      errors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ImportPreviewFields on ImportPreview {\n    valid\n    creates\n    updates\n    unchanged\n    rows {\n      line\n      action\n      label\n      errors {\n        field\n        message\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
